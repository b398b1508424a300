// Class constructors run on new, methods live on the prototype, and calling without new throws.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  norm() { return Math.hypot(this.x, this.y); }
}
const p = new Point(3, 4);
console.log(p.x, p.y, p.norm(), typeof Point, Object.keys(p));
console.log(Object.getOwnPropertyNames(Point.prototype), p.constructor === Point);
console.log(Object.keys(Point.prototype).length, Point.name, Point.length);
try { Point(1, 2); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
