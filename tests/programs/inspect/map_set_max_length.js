// Sets and Maps show at most maxArrayLength entries (100 by default), then
// how many more there are, as arrays do.
console.log(new Set(Array.from({ length: 101 }, (_, i) => i)));
console.log(new Map(Array.from({ length: 102 }, (_, i) => [i, String(i)])));
const util = require('util');
console.log(util.inspect(new Set([1, 2, 3, 4]), { maxArrayLength: 2 }));
console.log(util.inspect(new Map([[1, 'a'], [2, 'b']]), { maxArrayLength: 1 }));
console.log(util.inspect(new Set([1, 2]), { maxArrayLength: 0 }), util.inspect(new Map([[1, 2]]), { maxArrayLength: 0 }));
console.log(util.inspect(new Set([1, 2, 3]), { maxArrayLength: null }));
