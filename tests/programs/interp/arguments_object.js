// The arguments object.
function f(a, b) {
  return [arguments.length, arguments[0], arguments[2], Array.from(arguments)];
}
console.log(f(1, 2, 3));
function g() {
  return Array.prototype.slice.call(arguments, 1);
}
console.log(g('a', 'b', 'c'));
const h = () => typeof arguments;
console.log(h());
