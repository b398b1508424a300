// &&= ||= ??= assign only when needed and do not call setters otherwise.
let sets = 0;
const o = { _v: 0, get v() { return this._v; }, set v(x) { sets++; this._v = x; } };
o.v ||= 5;
o.v ||= 6;
o.v &&= 7;
o.v ??= 8;
console.log(o.v, sets);
let a = null; a ??= 'def';
let b = 0; b ??= 9;
let c = 1; c &&= 'yes';
let d = ''; d ||= 'fill';
console.log(a, b, c, d);
const arr = [];
arr[0] ??= 'first';
console.log(arr[0]);
