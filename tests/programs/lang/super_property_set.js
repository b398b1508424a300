// Assigning to super.x sets the property on this, not on the prototype.
class A { }
A.prototype.x = 'proto';
class B extends A {
  setIt() { super.x = 'own'; return [this.x, A.prototype.x, Object.keys(this)]; }
}
console.log(new B().setIt());
