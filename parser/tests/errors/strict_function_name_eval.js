function eval() { "use strict" }
