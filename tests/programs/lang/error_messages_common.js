// The TypeError/ReferenceError messages node prints for everyday mistakes.
const u = undefined, n = null, obj = { inner: {} }, num = 5;
const cases = [
  () => u.prop,
  () => n.prop,
  () => u[0],
  () => obj.missing.deep,
  () => obj.inner.fn(),
  () => obj.missing(),
  () => num(),
  () => obj(),
  () => missingName,
  () => missingFn(),
  () => u.x = 1,
  () => n['y'] = 2,
  () => Symbol() * 2,
  () => [].reduce((a, b) => a + b),
  () => new Array(-1),
  () => 'abc'.repeat(-1),
  () => (1.5).toFixed(200),
];
for (const c of cases) {
  try { c(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
