// Building Maps and Sets from entries and other collections; iterator identity of methods.
const s = new Set([1, 2, 3]);
const m = new Map(Object.entries({ a: 1, b: 2 }));
console.log(s.size, m.size, [...m.entries()], m.has('a'), new Map(m).get('b'), new Set(s).size);
console.log(Map.prototype[Symbol.iterator] === Map.prototype.entries, Set.prototype.keys === Set.prototype.values);
const grouped = new Map();
for (const w of ['apple', 'avocado', 'banana']) { const k = w[0]; grouped.set(k, [...(grouped.get(k) || []), w]); }
console.log([...grouped]);
m.clear();
console.log(m.size, s.delete(5), s.delete(1), [...s], m.set('x', 1) === m, s.add(9) === s);
