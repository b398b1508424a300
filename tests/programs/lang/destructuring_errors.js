// Destructuring null/undefined or non-iterables throws TypeError with node's messages.
const cases = [
  () => { const { a } = null; },
  () => { const { a } = undefined; },
  () => { const [x] = {}; },
  () => { const [y] = 5; },
  () => { const { a: { b } } = {}; },
  () => { function f({ x }) {} f(); },
];
for (const c of cases) {
  try { c(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
