// Reading a let binding before its declaration throws a ReferenceError.
try {
  console.log(x);
  let x = 1;
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}
function f() {
  return y;
}
try {
  f();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const y = 2;
console.log(f());
