// Static accessors and methods are inherited through the constructor prototype chain with this = subclass.
class A {
  static #count = 0;
  static get kind() { return this.name.toLowerCase(); }
  static set kind(v) { this._kind = v; }
  static describe() { return `I am ${this.kind}`; }
}
class B extends A {}
console.log(A.kind, B.kind, B.describe());
B.kind = 'custom';
console.log(B._kind, A._kind, Object.hasOwn(B, '_kind'));
