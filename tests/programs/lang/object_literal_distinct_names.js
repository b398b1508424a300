// Object literals whose names are spelled differently but are the same key
// must still replace the earlier property (last value, first position), while
// literals of truly distinct names keep their insertion order.
const a = 'shorthand';
const __proto__ = 'own';
const same = { a: 1, b: 2, 'a': 3 };
console.log(same, Object.keys(same));
const numeric = { 1: 'one', x: 0, '1': 'uno', 1.0: 'ein', 2: 'two' };
console.log(numeric, Object.keys(numeric));
const shorthand = { a, b: 2, a: 'later' };
console.log(shorthand);
const methodThenValue = { m() { return 1; }, n: 2, m: 3 };
console.log(methodThenValue, typeof methodThenValue.m);
const valueThenMethod = { m: 3, n: 2, m() { return 'method'; } };
console.log(valueThenMethod.m(), Object.keys(valueThenMethod));
const accessor = { v: 1, get v() { return 'getter'; }, w: 2 };
console.log(accessor.v, Object.keys(accessor));
// `__proto__: x` sets the prototype; the string form does too; the
// shorthand form makes an own property.
const p = { marker: true };
const viaIdent = { __proto__: p, z: 1 };
const viaString = { '__proto__': p, z: 1 };
const viaShorthand = { __proto__, z: 1 };
console.log(Object.getPrototypeOf(viaIdent) === p, Object.keys(viaIdent));
console.log(Object.getPrototypeOf(viaString) === p, Object.keys(viaString));
console.log(Object.getPrototypeOf(viaShorthand) === Object.prototype, Object.keys(viaShorthand), Object.getOwnPropertyDescriptor(viaShorthand, '__proto__').value);
// Distinct names: values evaluated left to right, integer keys listed first.
const order = [];
const t = (k) => (order.push(k), k);
const distinct = { z: t('z'), 5: t(5), y: t('y'), 0: t(0) };
console.log(order, Object.keys(distinct));
// Many distinct names, past the size where maps get a hash index.
const big = { k0: 0, k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9,
  k10: 10, k11: 11, k12: 12, k13: 13, k14: 14, k15: 15, k16: 16, k17: 17, k18: 18,
  k19: 19, k20: 20, k21: 21, k22: 22, k23: 23, k24: 24, k25: 25, k26: 26 };
console.log(Object.keys(big).length, big.k0, big.k26, 'k25' in big, big.hasOwnProperty('k13'));
big.k26 = 'again';
big.k27 = 'new';
console.log(big.k26, big.k27, Object.keys(big).slice(-3));
// Spread then a value of the same name: the value replaces the copied one.
const src = { s: 'spread', t: 't' };
console.log({ ...src, s: 'value' }, { s: 'value', ...src });
