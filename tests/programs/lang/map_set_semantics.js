// Map and Set use SameValueZero keys, keep insertion order and accept any key type.
const m = new Map();
const objKey = {};
m.set(NaN, 'nan').set(0, 'zero').set(objKey, 'obj').set('0', 'string zero');
console.log(m.get(NaN), m.get(-0), m.get(objKey), m.get({}), m.get('0'), m.size);
m.delete(0);
m.set(0, 'readded');
console.log([...m.keys()].map(String), [...m.values()]);
const s = new Set([3, 1, 3, NaN, NaN, -0, 0]);
console.log(s.size, [...s], s.has(NaN), s.has(0));
s.delete(1); s.add(1);
console.log([...s]);
const seen = [];
m.forEach((v, k, map) => seen.push(typeof k + ':' + v + ':' + (map === m)));
console.log(seen);
