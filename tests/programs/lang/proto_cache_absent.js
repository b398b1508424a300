// A `.name` site that found nothing on the prototype chain answers
// `undefined` from its cache; each change below must be seen by the same
// site on its next run.
class Base {}
class Mid extends Base {}
const m = new Mid();
function read(o) { return o.flag; }
const out = [];
out.push(read(m), read(m));
// The key appears on the farthest prototype, then on a closer one.
Base.prototype.flag = "base";
out.push(read(m));
Mid.prototype.flag = "mid";
out.push(read(m));
delete Mid.prototype.flag;
delete Base.prototype.flag;
out.push(read(m));
// Object.prototype is on the chain too.
Object.prototype.flag = "object";
out.push(read(m));
delete Object.prototype.flag;
out.push(read(m));
// An own property, then a getter on the chain.
m.flag = "own";
out.push(read(m));
delete m.flag;
out.push(read(m));
Object.defineProperty(Base.prototype, "flag", {
  get() { return "getter for " + this.constructor.name; },
  configurable: true,
});
out.push(read(m));
delete Base.prototype.flag;
out.push(read(m));
// The receiver's prototype changes, through setPrototypeOf and __proto__.
Object.setPrototypeOf(m, { flag: "swapped" });
out.push(read(m));
m.__proto__ = Mid.prototype;
out.push(read(m));
// A receiver with no prototype at all, and one whose prototype is frozen.
const bare = Object.create(null);
out.push(read(bare), read(bare));
const frozen = Object.create(Object.freeze({ other: 1 }));
out.push(read(frozen), read(frozen));
console.log(out);
