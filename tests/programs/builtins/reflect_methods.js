// Reflect's non-Proxy methods answer booleans where Object.* would throw.
const o = { a: 1 };
console.log(Reflect.get(o, 'a'), Reflect.has(o, 'a'), Reflect.has(o, 'toString'));
console.log(Reflect.set(o, 'b', 2), o);
console.log(Reflect.defineProperty(o, 'c', { value: 3 }), Object.getOwnPropertyDescriptor(o, 'c'));
console.log(Reflect.defineProperty(o, 'c', { value: 4 }), o.c);
console.log(Reflect.deleteProperty(o, 'a'), Reflect.deleteProperty(o, 'c'), Reflect.ownKeys(o));
console.log(Reflect.getOwnPropertyDescriptor(o, 'b'));
const sym = Symbol('s');
console.log(Reflect.ownKeys({ 2: 0, z: 1, [sym]: 2, 1: 0 }));
console.log(Reflect.isExtensible(o), Reflect.preventExtensions(o), Reflect.isExtensible(o));
console.log(Reflect.set(o, 'new', 1), o.new);
const proto = { greet() { return 'hi ' + this.name; } };
const p = { name: 'p' };
console.log(Reflect.setPrototypeOf(p, proto), Reflect.getPrototypeOf(p) === proto, p.greet());
console.log(Reflect.setPrototypeOf(o, proto));
console.log(Reflect.apply(Math.max, null, [1, 5, 3]));
class A { constructor(x) { this.x = x; } }
class B extends A {}
const b = Reflect.construct(A, [7], B);
console.log(b, b instanceof B);
const getter = { get v() { return this.tag; } };
console.log(Reflect.get(getter, 'v', { tag: 'receiver' }));
const target = {};
const recv = {};
Reflect.set({ set w(v) { this.seen = v; } }, 'w', 9, recv);
console.log(recv, target);
for (const bad of [() => Reflect.get(1, 'a'), () => Reflect.apply(1), () => Reflect.construct(() => {}, [])]) {
  try { bad(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
console.log(Object.prototype.toString.call(Reflect), typeof Reflect.apply, Reflect.apply.length, Reflect.construct.length);
