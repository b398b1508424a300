// Operators with their coercions.
console.log(1 + '2', '3' * '4', true + 1, [] + {}, [1, 2] + [3], null + 1, undefined + 1);
console.log(1 == '1', 0 == '', null == undefined, null == 0, NaN == NaN, [1] == 1, '1' === 1);
console.log(5 % 3, -5 % 3, 2 ** 10, 7 / 2, 1 << 31, -1 >>> 0, ~5, 5 & 3, 5 | 3, 5 ^ 3);
console.log('b' > 'a', 'B' > 'a', 2 > '10', '2' > '10', null >= 0, undefined < 1);
console.log(typeof null, typeof [], typeof function () {}, typeof Symbol(), typeof undefined);
let x = null;
x ??= 5;
let y = 0;
y ||= 7;
let z = 1;
z &&= 9;
console.log(x, y, z, null ?? 'd', 0 ?? 'd', 0 || 'd');
const obj = { valueOf() { return 42; }, toString() { return 'obj'; } };
console.log(obj + 1, `${obj}`, obj * 2, String(obj));
