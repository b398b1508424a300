// < > <= >= compare strings by code units and numbers numerically; NaN is unordered.
console.log('a' < 'b', 'B' < 'a', 'abc' < 'abd', 'ab' < 'abc', '10' < '9');
console.log(10 < 9, '10' < 9, 'x' < 1, 'x' > 1, null >= 0, null > 0, undefined >= 0);
console.log(NaN < 1, NaN >= 1, !(NaN < 1));
console.log([2] > 1, [1, 2] < 3, ({}) < ({}));
console.log('\uD83D' < '\uFFFF', 'Z' < 'a');
