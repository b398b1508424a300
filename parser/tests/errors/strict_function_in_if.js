"use strict"; if (1) function f(){}
