// Array destructuring: holes, defaults, rest, swapping, strings.
const [x, , z = 'zd', ...others] = [1, 2, undefined, 4, 5];
console.log(x, z, others);
let p = 1, q = 2;
[p, q] = [q, p];
console.log(p, q);
const [c1, c2, ...cs] = 'héllo😀';
console.log(c1, c2, cs.length, cs[cs.length - 1]);
const [n = 10, m = n * 2] = [];
console.log(n, m);
const [[deep], [, second]] = [[1], [2, 3]];
console.log(deep, second);
