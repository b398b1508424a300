// Global reads go through a per-site cache of the global object's slot, and
// natives are called straight from the call site. The same site must see a
// global that is reassigned, deleted, turned into a getter or redefined, and
// natives must keep their `this`, arguments, errors and `new` behaviour.
const M = Math;
function readMath() {
  return typeof Math === "object" ? Math.abs(-2) : Math;
}
const seen = [];
for (let i = 0; i < 3; i++) seen.push(readMath());
globalThis.Math = 42;
seen.push(readMath());
delete globalThis.Math;
try {
  readMath();
} catch (e) {
  seen.push(e instanceof ReferenceError, e.message);
}
Object.defineProperty(globalThis, "Math", {
  get() {
    return { abs: (x) => `getter ${x}` };
  },
  configurable: true,
});
seen.push(typeof Math === "object" ? Math.abs(-2) : Math);
console.log(seen);

// A global added after the site first missed, then deleted again.
function readLater() {
  try {
    return laterGlobal;
  } catch (e) {
    return e.message;
  }
}
console.log(readLater());
globalThis.laterGlobal = "now here";
console.log(readLater(), readLater());
// Other globals added before it move nothing the cache relies on.
for (let i = 0; i < 20; i++) globalThis["filler" + i] = i;
console.log(readLater());
delete globalThis.laterGlobal;
console.log(readLater());
var topLevelVar = 1;
function readVar() {
  return topLevelVar;
}
console.log(readVar());
topLevelVar = 2;
console.log(readVar());

// Natives: `this`, too few and too many arguments, errors, `new`.
const abs = Number.prototype.toFixed;
console.log(abs.call(1.2345, 2), [1, 2, 3].indexOf(3), String(), String(1, 2, 3, 4, 5, 6));
try {
  abs.call("x", 1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  null.toString();
} catch (e) {
  console.log(e.message);
}
try {
  Symbol.prototype.toString.call(1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(new Date(0).getTime(), typeof Date(0), new Array(3).length, Array(2).length);
try {
  new M.abs(1);
} catch (e) {
  console.log(e.message);
}
const o = { f: M.max };
console.log(o.f(1, 5, 3, 9, 2, 8, 7), o.f());
o.f = M.min;
console.log(o.f(4, 2, 6));
const bound = M.max.bind(null, 10);
console.log(bound(3), bound(30), Reflect.apply(M.max, null, [1, 2]));
const counted = { get n() { return Array.prototype.slice.call(arguments).length; } };
console.log(counted.n);
const getterNative = Object.getOwnPropertyDescriptor(Map.prototype, "size").get;
console.log(getterNative.call(new Map([[1, 2]])));
function stackOf() {
  try {
    JSON.parse("{");
  } catch (e) {
    // The caller's line, as a native error thrown inside it reports it.
    const line = e.stack.split("\n").find((l) => l.includes("stackOf"));
    return `${e.name}: ${line.trim().replace(/\(.*\//, "(")}`;
  }
}
console.log(stackOf());

// The native `emit`: string, symbol, number and 'error' events.
const EventEmitter = require("events");
const e = new EventEmitter();
const sym = Symbol("s");
e.on("x", (a, b) => console.log("x", a, b));
e.on(sym, () => console.log("symbol"));
e.on(7, (v) => console.log("seven", v));
console.log(e.emit("x", 1, 2), e.emit(sym), e.emit(7, "n"), e.emit("7", "s"), e.emit("none"));
e.on("error", (err) => console.log("error handled", err.message));
console.log(e.emit("error", new Error("boom")));
const bare = new EventEmitter();
try {
  bare.emit("error", new Error("unhandled"));
} catch (err) {
  console.log("threw", err.message);
}
