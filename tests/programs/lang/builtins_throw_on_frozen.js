// Built-ins write with throw=true, so push/pop/sort/Object.assign on frozen objects throw even in sloppy code.
const fa = Object.freeze([1, 2]);
const cases = [() => fa.push(3), () => fa.pop(), () => fa.sort(), () => fa.reverse(), () => { fa[0] = 9; return 'sloppy assignment is silent'; },
  () => Object.assign(Object.freeze({}), { a: 1 }), () => Object.defineProperty(Object.freeze({}), 'a', { value: 1 })];
for (const f of cases) {
  try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
console.log(fa);
