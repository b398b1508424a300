// Array length, holes and sparse writes.
const a = [1, 2, 3];
a.length = 1;
console.log(a, a.length);
a[4] = 'x';
console.log(a, a.length, 2 in a, a.indexOf(undefined), a.includes(undefined));
const b = [];
b[2] = 1;
console.log(b, b.map((x) => x * 2), Object.keys(b));
let visits = 0;
[1, , 3].forEach(() => visits++);
console.log(visits, [, 1].join('-'), [null, undefined, 1].join(), [[1, 2], [3]].toString());
console.log(Array.prototype.concat.call(1, 2), [].concat([1, [2]]), Array(2).length);
