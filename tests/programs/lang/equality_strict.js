// === and Object.is differ on NaN and signed zero.
console.log(NaN === NaN, Object.is(NaN, NaN));
console.log(0 === -0, Object.is(0, -0));
console.log('a' === 'a', 1 === 1.0, null === undefined);
console.log([] === [], Object.is([], []));
const s = Symbol('s');
console.log(s === s, Symbol('s') === Symbol('s'));
console.log([NaN].indexOf(NaN), [NaN].includes(NaN), [-0].includes(0));
