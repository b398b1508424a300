"use strict";
var x = 017;
