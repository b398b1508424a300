// Arrow functions do not have their own arguments; they see the enclosing function's.
function outer() {
  const inner = () => arguments[0];
  return inner('ignored');
}
console.log(outer('outer arg'));
function count() { return ((...rest) => [arguments.length, rest.length])(1, 2, 3); }
console.log(count('a'));
