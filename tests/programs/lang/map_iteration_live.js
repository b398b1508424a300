// Map/Set iteration sees entries added during iteration and skips deleted ones.
const s = new Set([1, 2, 3]);
const out = [];
for (const v of s) {
  out.push(v);
  if (v === 1) { s.delete(2); s.add(4); }
}
console.log(out);
const m = new Map([['a', 1]]);
const it = m.entries();
m.set('b', 2);
console.log(it.next().value, it.next().value, it.next().done);
console.log(Object.prototype.toString.call(m.keys()), typeof it[Symbol.iterator]);
