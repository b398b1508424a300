// Public instance fields initialise before the constructor body and after super().
let order = [];
class A { a = (order.push('A field'), 1); constructor() { order.push('A ctor'); } }
class B extends A {
  b = (order.push('B field'), this.a + 1);
  ['computed' + 1] = 'c';
  noInit;
  constructor() { order.push('B before super'); super(); order.push('B after super'); }
}
const b = new B();
console.log(order.join(' | '));
console.log(b.a, b.b, b.computed1, 'noInit' in b, b.noInit, Object.keys(b));
class C { arrow = () => this; }
const c = new C();
const f = c.arrow;
console.log(f() === c);
