// arguments holds all passed values, is array-like and has no array methods.
function f(a, b) {
  return [arguments.length, arguments[0], arguments[2], typeof arguments, Array.isArray(arguments)];
}
console.log(f(1), f(1, 2, 3));
function g() { return Array.prototype.slice.call(arguments, 1); }
console.log(g('a', 'b', 'c'));
function h() { return [...arguments].reverse(); }
console.log(h(1, 2, 3));
function k() { return Object.prototype.toString.call(arguments); }
console.log(k(), f.length);
