// Accessors and static fields on classes, and console.log of instances.
class Temperature {
  static #count = 0;
  static unit = 'C';
  #celsius = 0;
  constructor(c) {
    this.#celsius = c;
    Temperature.#count++;
  }
  get fahrenheit() {
    return this.#celsius * 9 / 5 + 32;
  }
  set fahrenheit(f) {
    this.#celsius = (f - 32) * 5 / 9;
  }
  static get count() {
    return Temperature.#count;
  }
}
const t = new Temperature(100);
console.log(t.fahrenheit, Temperature.count, Temperature.unit);
t.fahrenheit = 32;
console.log(t.fahrenheit, t, Object.getOwnPropertyNames(Temperature.prototype));
