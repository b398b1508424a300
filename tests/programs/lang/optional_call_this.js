// Optional calls keep this for method calls and skip evaluation of arguments when short-circuited.
let argsEvaluated = 0;
const arg = () => ++argsEvaluated;
const obj = { v: 'value', get() { return this.v; } };
console.log(obj.get?.(), obj?.get(), obj.missing?.(arg()), argsEvaluated);
const fn = null;
console.log(fn?.(arg()), argsEvaluated);
const nested = { a: { b: { c: () => 'deep' } } };
console.log(nested?.a?.b?.c?.(), nested.x?.b.c.d.e());
try { nested.a.nope(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
