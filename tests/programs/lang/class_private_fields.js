// Private fields and methods are per-class and invisible to property access.
class Counter {
  #count = 0;
  #step;
  constructor(step) { this.#step = step; }
  #bump() { this.#count += this.#step; }
  inc() { this.#bump(); return this.#count; }
  static #instances = 0;
  static create(s) { Counter.#instances++; return new Counter(s); }
  static get instances() { return Counter.#instances; }
}
const c = Counter.create(5);
c.inc();
console.log(c.inc(), Object.keys(c), JSON.stringify(c), Counter.instances, c['#count']);
