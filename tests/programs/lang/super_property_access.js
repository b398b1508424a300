// super.prop looks up the home object's prototype but keeps this as the receiver.
class Base {
  greet() { return 'base:' + this.tag; }
  get label() { return 'L' + this.tag; }
  static make() { return 'Base.make'; }
}
class Sub extends Base {
  constructor() { super(); this.tag = 'sub'; }
  greet() { return 'sub>' + super.greet(); }
  get label() { return super.label + '!'; }
  static make() { return 'Sub>' + super.make(); }
  viaArrow() { return (() => super.greet())(); }
}
const s = new Sub();
console.log(s.greet(), s.label, Sub.make(), s.viaArrow());
const obj = { __proto__: { hi() { return 'proto hi'; } }, hi() { return super.hi() + ' + own'; } };
console.log(obj.hi());
