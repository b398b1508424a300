// Arrow functions: lexical this and arguments, no prototype, not constructible.
function Outer() {
  this.value = 42;
  const arrow = () => this.value;
  const args = () => arguments[0];
  return [arrow(), args(), arrow.call({ value: 0 })];
}
console.log(new Outer('first').constructor === Outer, Outer.call({}, 'a'));
const make = () => ({ object: true });
console.log(make(), ((a, b) => a + b)(1, 2), (() => {})());
try {
  new make();
} catch (e) {
  console.log(e.message);
}
const nested = () => () => () => 'deep';
console.log(nested()()(), typeof make.prototype);
