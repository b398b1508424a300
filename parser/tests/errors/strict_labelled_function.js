"use strict"; a: function f(){}
