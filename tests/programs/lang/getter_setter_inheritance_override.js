// A subclass accessor overrides the whole accessor pair; missing halves are undefined.
class Base {
  get v() { return 'base get'; }
  set v(x) { this._v = 'base set ' + x; }
}
class OnlyGetter extends Base { get v() { return 'sub get'; } }
const o = new OnlyGetter();
o.v = 1;
console.log(o.v, o._v);
class Both extends Base { set v(x) { super.v = x + '!'; } get v() { return super.v + ' via super'; } }
const b = new Both();
b.v = 2;
console.log(b.v, b._v);
