// for-in visits own enumerable keys (integer-like first) then inherited ones, skipping shadowed keys.
const proto = { p1: 1, shared: 'proto', 5: 'five' };
const o = Object.create(proto);
o.z = 1; o.a = 2; o[3] = 3; o.shared = 'own';
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
const seen = [];
for (const k in o) seen.push(k);
console.log(seen.join(' '));
const arr = [10, 20];
arr.prop = 'p';
for (const i in arr) console.log(typeof i, i);
for (const k in 'ab') console.log('str', k);
for (const k in null) console.log('never');
for (const k in 42) console.log('never');
