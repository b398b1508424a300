// var declarations hoist as undefined; function declarations hoist with their body.
console.log(typeof hoisted, hoisted());
function hoisted() { return 'hoisted fn'; }
console.log(v);
var v = 'assigned';
console.log(v);
console.log(typeof notYet);
var notYet = function () {};
function shadow() { console.log(inner); if (false) { var inner = 1; } return typeof inner; }
console.log(shadow());
var dup = 1; var dup; console.log(dup);
function twice() { return 1; }
function twice() { return 2; }
console.log(twice());
