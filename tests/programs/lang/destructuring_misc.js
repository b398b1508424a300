// Destructuring the same property twice, numeric keys, rotating values and defaults that never run.
let log = [];
const handler = { get a() { log.push('a'); return 1; } };
const { a, a: a2 } = handler;
console.log(a, a2, log.length);
const [x = (() => { throw new Error('should not run'); })()] = [0];
console.log(x);
let p = 1, q = 2, r = 3;
[p, q, r] = [r, p, q];
console.log(p, q, r);
const { 0: first, length: len } = ['f', 'g'];
console.log(first, len);
