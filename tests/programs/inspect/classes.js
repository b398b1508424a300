class Point { constructor(x, y) { this.x = x; this.y = y; } }
console.log(new Point(1, 2));
class Empty {}
console.log(new Empty());
class B extends Point {}
console.log(new B(3, 4));
console.log([new Point(0, 0)]);
function Old() { this.v = 1; }
console.log(new Old());
const o = Object.create(null); o.a = 1;
console.log(o);
console.log(Object.create(null));
console.log({ n: Object.create(null) });
