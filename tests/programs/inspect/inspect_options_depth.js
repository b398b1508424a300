// util.inspect's depth option: a number, Infinity, null, 0 and negative, and
// the legacy form inspect(value, showHidden, depth, colors).
const util = require('util');

const deep = { a: { b: { c: { d: { e: { f: 'bottom' } } } } }, list: [[1, [2, [3, [4]]]]] };

console.log(util.inspect(deep));
console.log(util.inspect(deep, { depth: 0 }));
console.log(util.inspect(deep, { depth: 1 }));
console.log(util.inspect(deep, { depth: 4 }));
console.log(util.inspect(deep, { depth: Infinity }));
console.log(util.inspect(deep, { depth: null }));
console.log(util.inspect(deep, { depth: -1 }));
console.log(util.inspect(deep, { depth: undefined }));
console.log(util.inspect(deep, false, 0));
console.log(util.inspect(deep, false, null));
console.log(util.inspect(deep, false, undefined, false));
console.log(util.inspect(new Map([['k', { x: { y: { z: {} } } }]]), { depth: 1 }));
console.log(util.inspect([{ a: [{ b: [] }] }], { depth: 1 }));

console.dir(deep, { depth: 0 });
console.dir(deep, { depth: null });
console.dir(deep);
