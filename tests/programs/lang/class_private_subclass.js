// Private names of a base class are installed on subclass instances but only visible in the base body.
class Base {
  #id;
  constructor(id) { this.#id = id; }
  static idOf(o) { return o.#id; }
}
class Sub extends Base { constructor() { super('sub-id'); } }
console.log(Base.idOf(new Sub()));
class Other { #id = 'other'; static idOf(o) { return o.#id; } }
try { Other.idOf(new Sub()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
