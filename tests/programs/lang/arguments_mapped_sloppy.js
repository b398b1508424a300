// In sloppy functions with simple params, arguments aliases the parameters; in strict it does not.
function sloppy(a) { arguments[0] = 'changed'; const x = a; a = 'again'; return [x, arguments[0]]; }
function strict(a) { 'use strict'; arguments[0] = 'changed'; const x = a; a = 'again'; return [x, arguments[0]]; }
function withDefault(a = 0) { arguments[0] = 'changed'; return a; }
console.log(sloppy('orig'), strict('orig'), withDefault('orig'));
function unpassed(a) { arguments[0] = 'set'; return a; }
console.log(unpassed());
