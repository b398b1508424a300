// Static methods, fields and accessors live on the constructor and are inherited by subclasses.
class A {
  static count = 0;
  static inc() { return ++this.count; }
  static get double() { return this.count * 2; }
  static ['comp' + 'uted']() { return 'computed static'; }
}
class B extends A {}
A.inc(); A.inc();
console.log(A.count, A.double, A.computed());
console.log(B.count, B.inc(), B.count, A.count, Object.hasOwn(B, 'count'));
console.log(Object.keys(A), typeof new A().inc);
