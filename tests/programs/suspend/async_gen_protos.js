// The intrinsics of async iteration and their properties.
async function* g() {}
const AsyncGeneratorFunction = Object.getPrototypeOf(g).constructor;
const AsyncGeneratorPrototype = Object.getPrototypeOf(g.prototype);
const AsyncIteratorPrototype = Object.getPrototypeOf(AsyncGeneratorPrototype);

console.log(AsyncGeneratorFunction.name, AsyncGeneratorFunction.length);
console.log(Object.getPrototypeOf(g) === AsyncGeneratorFunction.prototype);
console.log(AsyncGeneratorFunction.prototype.prototype === AsyncGeneratorPrototype);
console.log(Object.getPrototypeOf(g()) === g.prototype);
console.log(Object.getPrototypeOf(AsyncIteratorPrototype) === Object.prototype);
console.log(Object.getOwnPropertyNames(AsyncGeneratorPrototype));
console.log(AsyncGeneratorPrototype[Symbol.toStringTag]);
console.log(AsyncGeneratorFunction.prototype[Symbol.toStringTag]);
console.log(Object.getOwnPropertySymbols(AsyncIteratorPrototype).map(String));
console.log(AsyncIteratorPrototype[Symbol.asyncIterator].name);
console.log(Object.getOwnPropertyDescriptor(g, 'prototype'));
console.log(Object.hasOwn(g.prototype, 'constructor'), Object.keys(g.prototype));
for (const m of ['next', 'return', 'throw']) {
  const d = Object.getOwnPropertyDescriptor(AsyncGeneratorPrototype, m);
  console.log(m, d.value.length, d.writable, d.enumerable, d.configurable);
}
console.log(typeof g.call, g instanceof Function);
try {
  new g();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// A non-object prototype falls back to %AsyncGeneratorPrototype%.
g.prototype = null;
console.log(Object.getPrototypeOf(g()) === AsyncGeneratorPrototype);
async function f() {}
console.log(Object.getPrototypeOf(f)[Symbol.toStringTag], Object.getPrototypeOf(f).constructor.name);
// Parameters are bound (and may throw) when the generator is called.
async function* params(a = (() => { throw new Error('param error'); })()) {}
try {
  params();
} catch (e) {
  console.log('sync throw:', e.message);
}
