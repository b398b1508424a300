// Class getters/setters are non-enumerable prototype accessors.
class Rect {
  constructor(w, h) { this.w = w; this.h = h; }
  get area() { return this.w * this.h; }
  set area(v) { this.w = v / this.h; }
}
const r = new Rect(2, 3);
console.log(r.area);
r.area = 12;
console.log(r.w, r.area, Object.keys(r));
const d = Object.getOwnPropertyDescriptor(Rect.prototype, 'area');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
class OnlyGet { get v() { return 1; } }
const o = new OnlyGet();
o.v = 5;
console.log(o.v);
