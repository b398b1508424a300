'use strict';
function f() {}
