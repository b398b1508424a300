// The classic var-in-loop closure bug, its IIFE fix, and map(parseInt) passing the index as radix.
var fns = [];
for (var i = 0; i < 3; i++) { fns[i] = function () { return i; }; }
console.log(fns.map((f) => f()));
var fixed = [];
for (var j = 0; j < 3; j++) { fixed[j] = (function (k) { return function () { return k; }; })(j); }
console.log(fixed.map((f) => f()));
console.log([1, 2, 3].map(parseInt), ['1', '2', '3'].map(Number), ['10', '10', '10'].map(parseInt));
