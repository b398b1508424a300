// new.target tells whether a function was called with new.
function F() {
  if (!new.target) return 'called';
  this.made = true;
}
console.log(F(), new F());
class A {
  constructor() {
    this.kind = new.target.name;
  }
}
class B extends A {}
console.log(new A().kind, new B().kind);
