// Map and Set: insertion order, SameValueZero keys, iteration during mutation.
const m = new Map();
m.set('a', 1).set(NaN, 'nan').set(0, 'zero').set({}, 'obj');
console.log(m.size, m.get(NaN), m.get(-0), m.has('a'), m.delete('a'), m.has('a'), [...m.keys()].length);
const s = new Set([3, 1, 3, 2]);
console.log([...s], s.has(1), s.size);
s.add(4);
s.delete(3);
console.log([...s.values()], [...s.entries()][0], [...m.entries()].map(([k]) => typeof k));
const seen = [];
const live = new Set([1, 2]);
for (const v of live) {
  seen.push(v);
  if (v < 4) live.add(v + 2);
}
console.log(seen);
const counts = new Map();
for (const w of 'the cat and the hat and the bat'.split(' ')) counts.set(w, (counts.get(w) || 0) + 1);
console.log(counts, [...counts].sort((a, b) => b[1] - a[1])[0]);
m.forEach((v, k, map) => {
  if (map === m && typeof k === 'number') console.log('forEach', k, v);
});
const wm = new WeakMap();
const key = {};
wm.set(key, 'secret');
console.log(wm.get(key), wm.has({}), new WeakSet([key]).has(key));
