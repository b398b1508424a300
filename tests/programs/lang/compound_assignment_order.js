// Compound assignment reads the target once, evaluates left before right.
const log = [];
const obj = { get p() { log.push('get'); return 1; }, set p(v) { log.push('set ' + v); } };
const key = () => { log.push('key'); return 'p'; };
const rhs = () => { log.push('rhs'); return 10; };
obj[key()] += rhs();
console.log(log.join(', '));
let x = 1;
x += (x = 5);
console.log(x);
let i = 0;
const a = [0, 0, 0];
a[i++] += i;
console.log(a, i);
