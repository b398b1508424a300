// ?. short-circuits the whole chain when the base is null/undefined.
let evaluated = 0;
const side = () => { evaluated++; return 'k'; };
const n = null;
console.log(n?.a.b.c, n?.[side()], n?.method(side()), evaluated);
const o = { a: { b: () => 'called' }, arr: [10], f: null };
console.log(o?.a?.b(), o.arr?.[0], o.f?.(), o.missing?.x, o.a.nope?.());
console.log((n?.a)?.b, typeof n?.x);
console.log(delete n?.x, delete o?.arr);
const m = { self() { return this === m; } };
console.log(m?.self(), m.self?.());
try { o.f.x?.y; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
