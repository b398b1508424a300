// Accessor properties in literals and via defineProperty.
const temp = {
  _c: 20,
  get f() {
    return this._c * 1.8 + 32;
  },
  set f(v) {
    this._c = (v - 32) / 1.8;
  },
};
temp.f = 212;
console.log(temp._c, temp.f);
const o = {};
let hits = 0;
Object.defineProperty(o, 'x', { get: () => ++hits, enumerable: false });
console.log(o.x, o.x, Object.keys(o), hits);
console.log(Object.getOwnPropertyDescriptor(temp, 'f').set !== undefined);
