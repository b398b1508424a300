// A `.name` site caches where it found an inherited property; every change
// below must be seen by the same site on its next run.
class Base {
  greet() { return "base"; }
}
class Mid extends Base {}
const m = new Mid();
function call(o) { return o.greet(); }
const out = [];
out.push(call(m));
// The method is replaced on the prototype that holds it.
Base.prototype.greet = function () { return "replaced"; };
out.push(call(m));
// A closer prototype shadows it.
Mid.prototype.greet = function () { return "mid"; };
out.push(call(m));
// The shadow is deleted again.
delete Mid.prototype.greet;
out.push(call(m));
// An own property added later shadows the prototypes.
m.greet = () => "own";
out.push(call(m));
delete m.greet;
out.push(call(m));
// The receiver's prototype is changed.
Object.setPrototypeOf(m, { greet() { return "other proto"; } });
out.push(call(m));
// An intermediate prototype's prototype is changed.
const a = { greet() { return "a"; } };
const b = Object.create(a);
const c = Object.create(b);
out.push(call(c));
Object.setPrototypeOf(b, { greet() { return "b's new proto"; } });
out.push(call(c));
b.__proto__ = a;
out.push(call(c));
console.log(out.join(", "));

// A cached absence becomes a property.
function readX(o) { return o.x; }
const p = {};
const q = Object.create(p);
console.log(readX(q), readX(q));
p.x = 1;
console.log(readX(q));
Object.prototype.x = "from Object.prototype";
delete p.x;
console.log(readX(q), readX({}));
delete Object.prototype.x;
console.log(readX(q), readX({}));
