// Stack overflows through constructors, toString, getters and callbacks are all catchable RangeErrors.
class Loop { constructor() { new Loop(); } }
const o = { toString() { return '' + this; } };
const g = { get self() { return this.self; } };
const viaMap = (x) => [x].map(viaMap);
const cases = [() => new Loop(), () => String(o), () => g.self, () => viaMap(1)];
for (const c of cases) {
  try { c(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
let caughtDeep = 0;
function again(n) { try { return again(n + 1); } catch (e) { caughtDeep++; return n; } }
console.log(again(0) > 100, caughtDeep >= 1);
console.log('survived');
