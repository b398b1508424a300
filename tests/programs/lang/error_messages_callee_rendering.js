// "is not a function" renders the callee as V8 does: brackets become dots, ?. is kept.
const o = { a: { b: 1 } };
const tries = [() => o['a']['b'](), () => o?.a.b(), () => o.a?.b(), () => o['a'].b()];
for (const t of tries) {
  try { t(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
const more = [() => ({}).x(), () => (void 0)(), () => (function () {})()(), () => Symbol()(), () => [][0]()];
for (const t of more) {
  try { t(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
