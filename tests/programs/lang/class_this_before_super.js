// Touching this before super() throws ReferenceError; forgetting super() throws on return.
class A {}
class B extends A { constructor() { this.x = 1; super(); } }
class C extends A { constructor() {} }
class D extends A { constructor() { return { custom: true }; } }
for (const K of [B, C]) {
  try { new K(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
console.log(new D().custom);
class E extends A { constructor() { super(); try { super(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } } }
new E();
