// Later properties win in object spread; spreading does not copy prototype or setters.
const defaults = { a: 1, b: 2, c: 3 };
const user = { b: 20, d: 40 };
console.log({ ...defaults, ...user }, { ...user, ...defaults });
let setterCalled = false;
const target = { set a(v) { setterCalled = true; } };
const merged = { ...target, ...{ a: 'plain' } };
console.log(setterCalled, merged.a, Object.getOwnPropertyDescriptor(merged, 'a').value);
class P { constructor() { this.own = 1; } method() {} }
const spread = { ...new P() };
console.log(spread, 'method' in spread);
