// new.target is the constructor under new, undefined in a plain call, and the subclass in super().
function F() { return new.target === F ? 'new' : String(new.target); }
console.log(new F() instanceof F, F());
function G() { if (!new.target) return 'called'; this.k = 'constructed'; }
console.log(G(), new G().k);
class Base { constructor() { this.made = new.target.name; } }
class Derived extends Base {}
console.log(new Base().made, new Derived().made);
function H() { const arrow = () => new.target; return arrow(); }
console.log(new H() instanceof H, H());
