// Getters and setters in object literals, including computed names and inheritance.
const o = {
  _v: 1,
  get v() { return this._v; },
  set v(x) { this._v = x * 2; },
  get ['comp' + 'uted']() { return 'C'; },
};
o.v = 5;
console.log(o.v, o.computed, Object.keys(o));
const child = Object.create(o);
child.v = 100;
console.log(child.v, o.v, Object.keys(child));
const d = Object.getOwnPropertyDescriptor(o, 'v');
console.log(typeof d.get, typeof d.set, d.enumerable, 'value' in d);
const onlySet = { set s(x) { this.log = x; } };
onlySet.s = 'hi';
console.log(onlySet.s, onlySet.log);
