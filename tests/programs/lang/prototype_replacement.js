// Replacing F.prototype affects only objects created afterwards; instanceof uses the current prototype.
function F() {}
F.prototype.x = 1;
const before = new F();
F.prototype = { x: 2 };
const after = new F();
console.log(before.x, after.x, before instanceof F, after instanceof F, after.constructor === Object);
console.log(Object.getPrototypeOf(Function.prototype) === Object.prototype, typeof Function.prototype, Function.prototype());
console.log(Function.prototype.name === '', (function () {}).constructor === Function);
