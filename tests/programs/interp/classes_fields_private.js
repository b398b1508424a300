// Public and private fields, private methods, static blocks, brand checks.
class Counter {
  count = 0;
  #secret = 42;
  static instances = 0;
  static {
    Counter.label = 'counter';
  }
  constructor() {
    Counter.instances++;
  }
  #bump() {
    this.count++;
  }
  tick() {
    this.#bump();
    return this.#secret + this.count;
  }
  static isCounter(o) {
    return #secret in o;
  }
}
const c = new Counter();
console.log(c.tick(), c.tick(), Counter.instances, Counter.label);
console.log(Counter.isCounter(c), Counter.isCounter({}));
console.log(c);
try {
  Counter.prototype.tick.call({});
} catch (e) {
  console.log(e.constructor.name, e.message);
}
