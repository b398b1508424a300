// Derived constructors must call super before using this.
class A {}
class B extends A {
  constructor() {
    this.x = 1;
    super();
  }
}
try {
  new B();
} catch (e) {
  console.log(e.name, e.message);
}
class C extends A {
  constructor() {}
}
try {
  new C();
} catch (e) {
  console.log(e.name, e.message);
}
class D extends A {
  constructor() {
    return { custom: true };
  }
}
console.log(new D());
class E extends null {}
try {
  new E();
} catch (e) {
  console.log(e.name);
}
