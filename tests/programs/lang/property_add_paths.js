// Properties added by assignment take a fast path (a key filter proves the
// name absent, the object was sized from the constructor's last instance, a
// map leaving its inline slot gets room for several entries). None of that
// may change what JavaScript sees: order, inherited setters and read-only
// properties, non-extensible objects, delete then re-add.
'use strict';

// A constructor's objects are pre-sized from the last one; one that ends up
// smaller or larger than the last keeps its own keys in insertion order.
function Shape(n) {
  for (let i = 0; i < n; i++) this['k' + i] = i;
  this.last = n;
  this[2] = 'two';
  this[0] = 'zero';
}
for (const n of [6, 2, 9, 0]) console.log(JSON.stringify(new Shape(n)));

// Growing one property at a time past the inline slot and past each
// doubling keeps order; delete then re-add moves a key to the end.
const grown = {};
for (let i = 0; i < 11; i++) grown['p' + i] = i;
delete grown.p3;
grown.p3 = 'again';
grown.p0 = 'kept in place';
console.log(Object.keys(grown).join(','));
const seen = [];
for (const k in grown) seen.push(k);
console.log(seen.join(','), grown.p3, grown.p0);

// A setter inherited by a constructor's instances runs instead of adding
// an own property, at the same site that adds `plain` as an own property.
const log = [];
function Base() {}
Object.defineProperty(Base.prototype, 'guarded', {
  set(v) {
    log.push('setter ' + v);
  },
  get() {
    return 'from getter';
  },
});
function Child(v) {
  this.plain = v;
  this.guarded = v;
}
Child.prototype = Object.create(Base.prototype);
const child = new Child(1);
new Child(2);
console.log(log.join('; '), Object.keys(child), child.guarded);

// A read-only property on a frozen prototype refuses the add (strict mode
// throws) even after the same site added it to other objects.
function setName(o, v) {
  o.label = v;
  return o;
}
console.log(JSON.stringify(setName({}, 'a')), JSON.stringify(setName({ x: 1 }, 'b')));
const frozenProto = Object.freeze({ label: 'fixed' });
try {
  setName(Object.create(frozenProto), 'c');
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Non-extensible, sealed and frozen receivers refuse new keys; existing
// writable keys still take stores.
for (const make of [Object.preventExtensions, Object.seal, Object.freeze]) {
  const o = make({ a: 1 });
  try {
    o.a = 2;
    console.log(make.name, 'a =', o.a);
  } catch (e) {
    console.log(make.name, e.constructor.name);
  }
  try {
    o.b = 3;
  } catch (e) {
    console.log(make.name, e.message);
  }
}

// `length` and index keys assigned in a constructor whose instance is an
// array (returned), and `__proto__` assigned on a plain object.
function ArrayMaker() {
  const a = [1, 2, 3];
  a.length = 1;
  a[3] = 'x';
  return a;
}
console.log(JSON.stringify(new ArrayMaker()), new ArrayMaker().length);
const withProto = {};
withProto.__proto__ = { inherited: true };
withProto.own = 1;
console.log(Object.keys(withProto), withProto.inherited);
