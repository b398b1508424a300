// Object static methods.
const o = { b: 2, a: 1 };
console.log(Object.keys(o), Object.values(o), Object.entries(o));
console.log(Object.assign({}, o, { c: 3 }), Object.fromEntries([['x', 1], ['y', 2]]));
const frozen = Object.freeze({ v: 1 });
frozen.v = 2;
console.log(frozen.v, Object.isFrozen(frozen), Object.isSealed(frozen), Object.isExtensible(frozen));
const child = Object.create(o, { own: { value: 'own', enumerable: true } });
console.log(child.a, child.own, Object.getPrototypeOf(child) === o, o.isPrototypeOf(child));
console.log(child.hasOwnProperty('own'), child.hasOwnProperty('a'), Object.hasOwn(child, 'own'));
console.log(Object.getOwnPropertyDescriptor(o, 'a'), Object.is(NaN, NaN), Object.is(0, -0));
const d = {};
Object.defineProperty(d, 'ro', { value: 1, writable: false, enumerable: true });
d.ro = 5;
console.log(d, Object.prototype.toString.call([]), Object.prototype.toString.call(null), String({}));
