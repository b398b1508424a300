// The short call and construct paths: sloppy functions that use `this`,
// `new` on plain functions and base classes, `super(...)` to closures and to
// other constructors, and what each must still do like the full path.

// A sloppy method sees an object receiver as is, `undefined` as the global
// object and a primitive boxed.
const o = {
  k: 1,
  m(a) {
    return typeof this + ':' + (this === globalThis) + ':' + a;
  },
};
console.log(o.m(2));
const detached = o.m;
console.log(detached(3));
console.log(o.m.call(5, 4));
console.log(o.m.call('s', 6));
function sloppyThis() {
  return this;
}
console.log(sloppyThis.call(7) instanceof Number, sloppyThis() === globalThis);
console.log(sloppyThis.call(null) === globalThis, sloppyThis.call(o) === o);

// `new` on plain functions: the receiver, or an object the body returns.
function P(a, b) {
  this.a = a;
  this.b = b;
}
const p = new P(1);
console.log(p.a, p.b, Object.getPrototypeOf(p) === P.prototype, p instanceof P);
function R(a) {
  this.a = a;
  return { replaced: a };
}
console.log(new R(2));
function Prim(a) {
  this.a = a;
  return 42;
}
console.log(new Prim(3));
const Named = function Self(n) {
  this.n = n;
  this.same = Self === Named;
};
console.log(new Named(4));
function Rest(first, ...more) {
  this.first = first;
  this.more = more;
}
console.log(new Rest(1, 2, 3));
function Many(a) {
  this.a = a;
}
console.log(new Many(1, 2, 3, 4).a);
const made = [];
for (let i = 0; i < 3; i++) made.push(new P(i, i * 2));
console.log(made);

// Base and derived classes, with and without fields.
class Base {
  constructor(x) {
    this.x = x;
  }
}
class Fielded {
  f = 'field';
  constructor(x) {
    this.x = x;
  }
}
class Derived extends Base {
  constructor(x) {
    super(x);
    this.y = x + 1;
  }
}
class DerivedFields extends Fielded {
  g = this.f + '!';
  constructor(x) {
    super(x);
    this.z = this.g;
  }
}
console.log(new Base(1), new Fielded(2), new Derived(3), new DerivedFields(4));
console.log(Object.getPrototypeOf(new Derived(5)) === Derived.prototype);
class ReturnsObject {
  constructor() {
    return [1, 2];
  }
}
class FromReturns extends ReturnsObject {
  constructor() {
    super();
    this.extra = true;
  }
}
console.log(new ReturnsObject(), new FromReturns());

// `super(...)` to a built-in, a bound function and a plain function.
class MyArray extends Array {
  constructor(...xs) {
    super(...xs);
  }
}
const arr = new MyArray(1, 2, 3);
console.log(arr.length, arr instanceof MyArray, Array.isArray(arr));
function Plain(v) {
  this.v = v;
}
class FromPlain extends Plain {
  constructor() {
    super('plain');
  }
}
console.log(new FromPlain(), new FromPlain() instanceof Plain);
// A bound function has no `prototype` of its own; `extends` needs one.
const BoundBase = Base.bind(null, 'bound');
BoundBase.prototype = Base.prototype;
class FromBound extends BoundBase {
  constructor() {
    super();
  }
}
console.log(new FromBound().x);

// Errors keep their messages and their frames.
try {
  Base(1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  new o.m(1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const arrow = () => 1;
try {
  new arrow();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
class NullParent extends null {
  constructor() {
    super();
  }
}
try {
  new NullParent();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
class Twice extends Base {
  constructor() {
    super(1);
    super(2);
  }
}
try {
  new Twice();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
function Thrower(a) {
  this.a = a;
  throw new Error('in constructor ' + a);
}
class ThrowsInBase {
  constructor() {
    throw new TypeError('base says no');
  }
}
class ThrowsViaSuper extends ThrowsInBase {
  constructor() {
    super();
  }
}
for (const make of [() => new Thrower(9), () => new ThrowsViaSuper()]) {
  try {
    make();
  } catch (e) {
    console.log(e.stack.split('\n').slice(0, 4).join('\n'));
  }
}

// Deep construction still ends in a RangeError.
function Deep(n) {
  this.child = n > 0 ? new Deep(n - 1) : null;
}
try {
  new Deep(1e6);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
let depth = 0;
function deepCall(x) {
  depth++;
  return this.k + deepCall.call(this, x);
}
try {
  deepCall.call({ k: 1 }, 0);
} catch (e) {
  console.log(e.constructor.name, e.message, depth > 1000);
}
