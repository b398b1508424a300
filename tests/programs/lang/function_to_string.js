// Function.prototype.toString returns the exact source text; natives show [native code].
function add(a, b) {
  return a + b; // comment kept
}
console.log(add.toString());
console.log(String((x) => x * 2), String(class A { m() {} }));
const o = { method(a) { return a; }, get g() { return 1; } };
console.log(o.method.toString());
console.log(Math.max.toString(), String(function () {}.bind(null)));
