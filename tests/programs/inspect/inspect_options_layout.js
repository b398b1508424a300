// util.inspect's layout options: breakLength, compact (a number, true, false)
// and sorted.
const util = require('util');

const obj = { alpha: 1, beta: 'two', gamma: [1, 2, 3], delta: { x: 1, y: { z: 2 } } };
const wide = {};
for (let i = 0; i < 12; i++) wide['key' + i] = i;
const nums = Array.from({ length: 30 }, (_, i) => i * 3);

console.log(util.inspect(wide));
console.log(util.inspect(wide, { breakLength: 200 }));
console.log(util.inspect(wide, { breakLength: Infinity }));
console.log(util.inspect(obj, { breakLength: 20 }));
console.log(util.inspect(nums, { breakLength: 40 }));

console.log(util.inspect(obj, { compact: false }));
console.log(util.inspect(obj, { compact: true }));
console.log(util.inspect(obj, { compact: 1 }));
console.log(util.inspect(wide, { compact: true }));
console.log(util.inspect(nums, { compact: false }));
console.log(util.inspect(nums, { compact: 1 }));
console.log(util.inspect({ s: 'long line\n'.repeat(10) }, { compact: true }));
console.log(util.inspect({ s: 'long line\n'.repeat(10) }, { compact: false }));
console.log(util.inspect([[1, 2], [3, 4]], { compact: false }));

console.log(util.inspect({ c: 3, a: 1, b: 2 }, { sorted: true }));
console.log(util.inspect(new Map([['z', 1], ['a', 2]]), { sorted: true }));
console.log(util.inspect(new Set(['b', 'c', 'a']), { sorted: true }));
const arr = [3, 1, 2];
arr.zeta = 1;
arr.alpha = 2;
console.log(util.inspect(arr, { sorted: true }));

console.log(util.inspect(nums, { maxArrayLength: 5 }));
console.log(util.inspect(nums, { maxArrayLength: 0 }));
console.log(util.inspect(nums.slice(0, 3), { maxArrayLength: null }));
console.log(util.inspect(obj, { showHidden: true }));
console.log(util.inspect([1, 2], true));
console.log(util.inspect.defaultOptions.breakLength, util.inspect.defaultOptions.depth);
