// Method calls bind this to the receiver; extracting the method loses it.
'use strict';
const o = {
  name: 'o',
  who() { return this === undefined ? 'undefined' : this.name; },
};
console.log(o.who(), o['who'](), (o.who)());
const f = o.who;
console.log(f());
console.log((0, o.who)());
const p = { name: 'p', who: o.who };
console.log(p.who());
