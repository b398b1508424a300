// "is not a function" messages name the callee expression as written.
const o = { a: { b: 1 }, list: [1] };
const tries = [
  () => o.a.b(),
  () => o.list[0](),
  () => o.a.nope(),
  () => (o.a)(),
  () => o.list.map(5),
  () => [1].forEach(),
  () => new Map().get.call({}, 1),
];
for (const t of tries) {
  try { t(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
