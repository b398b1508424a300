// extends accepts any expression; extends null and non-constructors have special rules.
const mixin = (Base) => class extends Base { mixed() { return 'mixed:' + this.base(); } };
class Root { base() { return 'root'; } }
class Leaf extends mixin(Root) {}
console.log(new Leaf().mixed(), Object.getPrototypeOf(Leaf.prototype).constructor.name);
try { class X extends 5 {} } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { const notCtor = () => {}; class Y extends notCtor {} } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
class N extends null {}
console.log(Object.getPrototypeOf(N.prototype));
