// Property access and method calls on small objects (what shapes and inline caches speed up).
var log = typeof console !== "undefined" ? console.log : print;
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.add = function (other) {
  return new Point(this.x + other.x, this.y + other.y);
};
Point.prototype.norm1 = function () {
  return Math.abs(this.x) + Math.abs(this.y);
};
var acc = new Point(0, 0);
var step = new Point(1, -2);
var total = 0;
for (var i = 0; i < 1000000; i++) {
  acc = acc.add(step);
  total += acc.norm1() % 10;
}
log(acc.x, acc.y, total);
