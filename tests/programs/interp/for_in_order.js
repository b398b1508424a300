// for-in visits integer keys ascending, then strings in insertion order, then inherited ones.
const proto = { inherited: 1 };
const o = Object.create(proto);
o.b = 1;
o[2] = 1;
o.a = 1;
o[1] = 1;
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
const keys = [];
for (const k in o) keys.push(k);
console.log(keys);
console.log(Object.keys(o), Object.getOwnPropertyNames(o));
for (const i in ['x', 'y']) console.log(typeof i, i);
