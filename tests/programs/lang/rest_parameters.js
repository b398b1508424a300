// Rest parameters are real arrays, empty when nothing is left over.
function f(a, ...rest) { return [a, rest, Array.isArray(rest), rest.length]; }
console.log(f(), f(1), f(1, 2, 3));
const sum = (...n) => n.reduce((s, x) => s + x, 0);
console.log(sum(), sum(1, 2, 3, 4));
function g(...[x, y]) { return x + y; }
console.log(g(3, 4, 5));
