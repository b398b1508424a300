// Subclassing Error and Array keeps the built-in behaviour.
class MyError extends Error {
  constructor(msg) { super(msg); this.name = 'MyError'; }
}
const e = new MyError('boom');
console.log(e instanceof MyError, e instanceof Error, e.message, e.name, String(e));
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s.length, s.peek(), Array.isArray(s), s instanceof Stack);
console.log(s.map((x) => x * 2) instanceof Stack);
