// Reflect mirrors the object internal methods: ownKeys, has, get with receiver, apply, construct.
const s = Symbol('s');
const o = { b: 1, 1: 1, [s]: 1, a: 1 };
console.log(Reflect.ownKeys(o).length, Reflect.ownKeys(o).slice(0, 3), Reflect.has(o, 'a'), Reflect.has(o, 'toString'));
const withGetter = { get who() { return this.name; }, name: 'self' };
console.log(Reflect.get(withGetter, 'who', { name: 'receiver' }));
console.log(Reflect.apply(Math.max, null, [1, 5, 2]));
class P { constructor(x) { this.x = x; } }
console.log(Reflect.construct(P, [7]).x, Reflect.getPrototypeOf([]) === Array.prototype);
console.log(Reflect.defineProperty(Object.freeze({}), 'x', { value: 1 }), Reflect.deleteProperty({ a: 1 }, 'a'));
