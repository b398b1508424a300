// Arrow function forms: concise bodies, object literal bodies, default and destructured params.
const sq = x => x * x;
const add = (a, b) => a + b;
const obj = () => ({ wrapped: true });
const block = () => { ({ notReturned: true }); };
const defaults = ({ a = 1 } = {}, ...rest) => [a, rest];
console.log(sq(4), add(1, 2), obj(), block(), defaults(), defaults({ a: 5 }, 6, 7));
const curried = (a) => (b) => (c) => a + b + c;
console.log(curried(1)(2)(3), typeof (() => {}).prototype);
