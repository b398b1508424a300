// JSON.stringify on a value that contains itself: node's message names the
// object the circle starts at, the steps back to it (the first two and the
// last when there are more than three) and the key that closes it.
const tries = [
  () => { const c = { a: { b: [] } }; c.a.b.push(c); return c; },
  () => { const x = [1]; x.push({ y: x }); return x; },
  () => { const o = {}; o.self = o; return o; },
  () => { const a = { b: { c: { d: { e: { f: {} } } } } }; a.b.c.d.e.f.back = a; return a; },
  () => { const a = { b: { c: { d: { e: { f: {} } } } } }; a.b.c.d.e.f.back = a.b; return { wrap: a }; },
  () => { class Node2 { constructor() { this.next = null; } } const n = new Node2(); n.next = new Node2(); n.next.next = n; return [n]; },
  () => { const m = Object.create(null); m.me = m; return m; },
];
for (const t of tries) { try { JSON.stringify(t()); } catch (e) { console.log(e.message); } }
