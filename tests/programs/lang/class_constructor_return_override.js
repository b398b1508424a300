// A base constructor returning an object changes what this is in the derived constructor.
class Base { constructor() { return { replaced: true }; } }
class Derived extends Base { constructor() { super(); this.added = 1; } field = 'f'; }
const d = new Derived();
console.log(d.replaced, d.added, d.field, d instanceof Derived);
class Prim extends Object { constructor() { super(); return undefined; } }
console.log(new Prim() instanceof Prim);
class Bad extends Object { constructor() { super(); return 1; } }
try { new Bad(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
