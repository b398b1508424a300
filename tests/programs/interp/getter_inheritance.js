// Getters and setters are inherited; assignment to an inherited setter calls it.
class Base {
  #v = 1;
  get v() {
    return this.#v;
  }
  set v(x) {
    this.#v = x * 10;
  }
  static get kind() {
    return 'base';
  }
}
class Derived extends Base {
  get v() {
    return super.v + 1;
  }
  set v(x) {
    super.v = x;
  }
}
const d = new Derived();
d.v = 5;
console.log(d.v, Derived.kind, Object.keys(d), 'v' in d);
