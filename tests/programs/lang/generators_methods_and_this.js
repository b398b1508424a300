// Generator methods in classes and objects receive this; generators cannot be constructed.
class Bag {
  constructor(...items) { this.items = items; }
  *[Symbol.iterator]() { for (const i of this.items) yield i.toUpperCase(); }
}
console.log([...new Bag('a', 'b')]);
const o = { n: 2, *repeat(s) { for (let i = 0; i < this.n; i++) yield s; } };
console.log([...o.repeat('z')]);
function* G() {}
try { new G(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
