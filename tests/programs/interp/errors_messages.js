// Runtime errors carry node's messages.
const cases = [
  () => undefined.a,
  () => null.b,
  () => notDefined,
  () => (1)(),
  () => { const o = {}; o.method(); },
  () => new (() => 1)(),
  () => [].reduce((a, b) => a),
  () => Symbol() + '',
  () => new Array(-1),
];
for (const f of cases) {
  try {
    f();
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
