// Inherited accessors run with the receiver as `this`, and a data property
// turned into an accessor (or back) in place is seen by a site that cached it.
const proto = { v: 1 };
const objs = [Object.create(proto), Object.create(proto)];
objs[0].name = "first";
objs[1].name = "second";
function read(o) { return o.v; }
console.log(objs.map(read));
Object.defineProperty(proto, "v", {
  get() { return "getter on " + this.name; },
  configurable: true,
});
console.log(objs.map(read));
Object.defineProperty(proto, "v", { value: 2, writable: true, configurable: true });
console.log(objs.map(read));

// Assignment consults the prototypes: a setter runs, a read-only property
// refuses the write, a writable one is shadowed by a new own property.
const log = [];
const sp = {
  set s(x) { log.push("set " + x + " on " + this.name); },
  get s() { return "get"; },
};
const t = Object.create(sp);
t.name = "t";
function write(o, v) { o.s = v; return o.s; }
console.log(write(t, 1), write(t, 2), log, Object.keys(t));
Object.defineProperty(sp, "s", { value: "ro", writable: false, configurable: true });
console.log(write(t, 3), Object.keys(t));
Object.defineProperty(sp, "s", { value: "rw", writable: true, configurable: true });
console.log(write(t, 4), Object.keys(t), sp.s);
(function () {
  "use strict";
  const frozen = Object.freeze({ k: 1 });
  const child = Object.create(frozen);
  try { child.k = 2; } catch (e) { console.log(e.constructor.name, e.message); }
  console.log(child.k, Object.keys(child));
})();

// Primitives read through their prototypes' caches too.
String.prototype.shout = function () { return this.toUpperCase() + "!"; };
console.log("hi".shout(), "yo".shout());
String.prototype.shout = function () { return "changed " + this; };
console.log("hi".shout());
delete String.prototype.shout;
console.log(typeof "hi".shout, "abc".length, "abc"[1]);
Number.prototype.twice = function () { return this * 2; };
console.log((21).twice());

// Arrays: named methods come from the cache, elements and length do not.
const arr = [1, 2, 3];
Array.prototype.extra = "extra";
console.log(arr.extra, arr.length, arr[1]);
arr.extra = "own";
console.log(arr.extra);
delete Array.prototype.extra;
console.log([].extra);
