// Optional chaining short-circuits the whole chain.
const o = { a: { b: () => 'called' }, n: null };
console.log(o?.a?.b(), o.n?.x.y.z, o.missing?.(), o.a.b?.(), o.n?.[0]);
let count = 0;
const r = o.n?.[count++];
console.log(r, count);
console.log((o.n?.x)?.y, delete o?.a, o);
