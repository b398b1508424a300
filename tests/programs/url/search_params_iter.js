// Iterating URLSearchParams: keys, values, entries, for-of, forEach, and
// iterators that see changes made while they run.
const p = new URLSearchParams('a=1&b=2&c=3');
for (const [k, v] of p) console.log('for-of', k, v);
console.log([...p.keys()], [...p.values()], [...p.entries()]);
p.forEach(function (value, name, params) {
  console.log('forEach', value, name, params === p, this.tag);
}, { tag: 'this' });
const it = p.entries();
console.log(it.next(), Object.prototype.toString.call(it));
p.append('d', '4');
console.log([...it]);
console.log(it.next());
const live = new URLSearchParams('x=1&y=2&z=3');
for (const [k] of live) {
  console.log('visit', k);
  if (k === 'x') live.delete('y');
}
console.log(typeof p[Symbol.iterator], p[Symbol.iterator] === p.entries);
try {
  p.forEach();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(Array.from(new URLSearchParams('q=1&q=2'), ([k, v]) => k + v));
console.log(Object.fromEntries(new URLSearchParams('a=1&b=2&a=3')));
