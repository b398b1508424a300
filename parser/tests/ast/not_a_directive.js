('use strict');
function f() { 'use\x20strict'; }
