// Object.prototype.toString for class instances, toStringTag getters and errors.
class Plain {}
class Tagged { get [Symbol.toStringTag]() { return 'TaggedThing'; } }
const ts = (v) => Object.prototype.toString.call(v);
console.log(ts(new Plain()), ts(new Tagged()), ts(new Error('x')), ts(new TypeError('x')), ts(Object.create(null)));
console.log(String(new Plain()), `${new Tagged()}`, ts(function* () {}()), ts(new Set()), ts(true), ts(new Boolean(true)));
