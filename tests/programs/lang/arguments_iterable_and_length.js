// arguments is iterable, counts passed (not declared) parameters, and ignores defaults.
function f(a, b = 2, ...rest) { return [arguments.length, [...arguments], typeof arguments[Symbol.iterator]]; }
console.log(f(), f(1), f(1, undefined, 3, 4));
function g() { arguments.length = 1; return Array.from(arguments); }
console.log(g('x', 'y'));
function h() { return Object.keys(arguments); }
console.log(h('a', 'b'));
