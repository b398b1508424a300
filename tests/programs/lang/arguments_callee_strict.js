// arguments.callee works in sloppy code and throws in strict code.
function sloppy() { return arguments.callee === sloppy; }
console.log(sloppy());
function strict() { 'use strict'; return arguments.callee; }
try { strict(); } catch (e) { console.log(e.constructor.name); }
