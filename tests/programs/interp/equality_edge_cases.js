// Equality and comparison corner cases.
console.log(NaN === NaN, [NaN].includes(NaN), [NaN].indexOf(NaN), Object.is(-0, 0), -0 === 0);
console.log('' == 0, '0' == false, [] == false, [0] == false, [[]] == 0, null == false, undefined == null);
console.log({} === {}, 'a' < 'b', 'a' < 'B', 10 < 9, '10' < '9', 10 < '9', null < 1, undefined == 0);
const a = [1, 2];
const b = a;
console.log(a === b, a == '1,2', new String('x') == 'x', new String('x') === 'x', typeof new Number(1));
