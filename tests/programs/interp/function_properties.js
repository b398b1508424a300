// Functions are objects: name, length, properties, toString.
function add(a, b = 1, ...rest) {
  return a + b;
}
add.calls = 0;
console.log(add.name, add.length, add.calls, typeof add.prototype, add instanceof Object);
const arrow = (x) => x * 2;
console.log(arrow.name, arrow.length, arrow.prototype, arrow.toString());
console.log(add.toString().split('\n')[0]);
const obj = { method() {}, get g() { return 1; } };
console.log(obj.method.name, Object.getOwnPropertyDescriptor(obj, 'g').get.name, (function () {}).name);
console.log(Math.max.name, Math.max.length, String(Math.max), [].map.name);
class K {
  static m() {}
}
console.log(K.m.name, K.name, typeof K, String(K).startsWith('class K'));
