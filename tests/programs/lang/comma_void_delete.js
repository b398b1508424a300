// Comma evaluates left-to-right; void returns undefined; delete on various targets.
let i = 0;
const r = (i++, i++, i * 10);
console.log(r, i, void 0, void i++, i);
const o = { a: 1, b: 2 };
console.log(delete o.a, 'a' in o, delete o.zzz, delete o['b'], Object.keys(o).length);
const arr = [1, 2, 3];
console.log(delete arr[1], arr.length, 1 in arr);
console.log(delete 42);
var v = 1;
console.log(delete globalThis.nope);
