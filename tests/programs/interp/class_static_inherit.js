// Static members are inherited; class expressions; methods are non-enumerable.
class A {
  static create() {
    return new this();
  }
  hello() {
    return 'A';
  }
}
class B extends A {
  hello() {
    return 'B' + super.hello();
  }
}
const b = B.create();
console.log(b instanceof B, b.hello(), Object.keys(B.prototype), B.prototype.hasOwnProperty('hello'));
const Anon = class {};
const Named = class Inner {
  who() {
    return Inner.name;
  }
};
console.log(Anon.name, Named.name, new Named().who());
try {
  A();
} catch (e) {
  console.log(e.message);
}
class Shape {
  area() {
    throw new Error('not implemented');
  }
  describe() {
    return `${this.constructor.name} with area ${this.area().toFixed(2)}`;
  }
}
class Circle extends Shape {
  constructor(r) {
    super();
    this.r = r;
  }
  area() {
    return Math.PI * this.r ** 2;
  }
}
console.log(new Circle(2).describe());
