// A constructor returning an object replaces this; returning a primitive does not.
function A() { this.a = 1; return { b: 2 }; }
function B() { this.a = 1; return 5; }
function C() { this.a = 1; return null; }
console.log(JSON.stringify(new A()), JSON.stringify(new B()), JSON.stringify(new C()));
console.log(new A() instanceof A, new B() instanceof B);
function D() {}
console.log(Object.getPrototypeOf(new D()) === D.prototype);
D.prototype = 3;
console.log(Object.getPrototypeOf(new D()) === Object.prototype);
