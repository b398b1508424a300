// Messages for iterating things that are not iterable.
const cases = [
  () => { for (const x of 5) {} },
  () => { for (const x of null) {} },
  () => { for (const x of undefined) {} },
  () => { for (const x of { a: 1 }) {} },
  () => { const [a] = null; },
  () => { new Map([1]); },
  () => { new Set(5); },
  () => { Array.from({ [Symbol.iterator]: 1 }); },
];
for (const c of cases) {
  try { c(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
