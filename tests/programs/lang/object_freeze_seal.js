// freeze, seal and preventExtensions and their query functions.
const f = Object.freeze({ a: 1, nested: { b: 1 } });
f.nested.b = 2;
const s = Object.seal({ a: 1 });
s.a = 2; s.b = 3; delete s.a;
const p = Object.preventExtensions({ a: 1 });
p.b = 1; delete p.a;
console.log(f.nested.b, s, p);
console.log(Object.isFrozen(f), Object.isSealed(f), Object.isSealed(s), Object.isFrozen(s), Object.isExtensible(p));
console.log(Object.isFrozen(1), Object.isFrozen({}), Object.isFrozen(Object.preventExtensions({})));
