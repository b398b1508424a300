// Private getters and setters, and private static methods.
class Temp {
  #c = 0;
  get #f() { return this.#c * 9 / 5 + 32; }
  set #f(v) { this.#c = (v - 32) * 5 / 9; }
  setF(v) { this.#f = v; return this; }
  get celsius() { return this.#c; }
  get fahrenheit() { return this.#f; }
  static #fmt(n) { return n.toFixed(1); }
  static show(t) { return Temp.#fmt(t.celsius) + 'C'; }
}
const t = new Temp().setF(212);
console.log(t.celsius, t.fahrenheit, Temp.show(t));
