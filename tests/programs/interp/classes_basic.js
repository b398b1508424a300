// Classes: constructors, methods, getters, static members, inheritance.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  get norm() {
    return Math.sqrt(this.x * this.x + this.y * this.y);
  }
  toString() {
    return `(${this.x}, ${this.y})`;
  }
  static origin() {
    return new Point(0, 0);
  }
}
class Point3 extends Point {
  constructor(x, y, z) {
    super(x, y);
    this.z = z;
  }
  toString() {
    return super.toString() + '+' + this.z;
  }
}
const p = new Point3(3, 4, 5);
console.log(p.norm, String(p), `${Point.origin()}`);
console.log(p instanceof Point, p instanceof Point3, Object.getPrototypeOf(Point3) === Point);
console.log(p);
console.log(typeof Point, Point.name, Point3.name);
