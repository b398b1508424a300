// Destructuring with defaults, nesting, rest and swapping.
const { a, b: { c = 5 } = {}, ...rest } = { a: 1, d: 4, e: 5 };
console.log(a, c, rest);
const [x, , y = 10, ...zs] = [1, 2, undefined, 4, 5];
console.log(x, y, zs);
let p = 1;
let q = 2;
[p, q] = [q, p];
console.log(p, q);
function f({ name, age = 30 } = {}, [first] = ['none']) {
  return `${name} ${age} ${first}`;
}
console.log(f({ name: 'ann' }), f());
