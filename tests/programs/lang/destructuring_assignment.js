// Destructuring assignment targets can be members, and the expression value is the right side.
const o = {};
const arr = [];
({ a: o.x, b: arr[0], c: o['y'] = 'yd' } = { a: 1, b: 2 });
console.log(o, arr);
let a, b;
const result = ([a, b] = [10, 20, 30]);
console.log(a, b, result);
let first, rest;
({ first, ...rest } = { first: 1, second: 2, third: 3 });
console.log(first, rest);
[o.p, ...o.q] = 'abc';
console.log(o.p, o.q);
