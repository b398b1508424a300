"use strict"; function f() { yield }
