const o = { get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} };
console.log(o);
class K { get z() { return 1; } }
console.log(new K());
const p = {};
Object.defineProperty(p, 'hidden', { value: 1, enumerable: false });
Object.defineProperty(p, 'shown', { get() { return 2; }, enumerable: true });
console.log(p);
