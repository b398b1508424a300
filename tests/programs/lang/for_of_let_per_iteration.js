// for-of and for-in create a fresh binding per iteration; const is allowed.
const fns = [];
for (const x of [1, 2, 3]) fns.push(() => x);
for (let k in { a: 1, b: 1 }) fns.push(() => k);
console.log(fns.map((f) => f()));
var vs = [];
for (var v of [1, 2]) vs.push(() => v);
console.log(vs.map((f) => f()));
