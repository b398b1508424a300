// Messages from Object built-ins given bad arguments.
const cases = [
  () => Object.keys(null),
  () => Object.entries(undefined),
  () => Object.create(5),
  () => Object.setPrototypeOf({}, 5),
  () => Object.defineProperty({}, 'x', 5),
  () => Object.defineProperty({}, 'x', { get: 5 }),
  () => Object.defineProperty({}, 'x', { get() {}, value: 1 }),
  () => Object.assign(null, {}),
  () => ({}).hasOwnProperty.call(null, 'x'),
  () => Symbol.keyFor('not a symbol'),
];
for (const c of cases) {
  try { c(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
