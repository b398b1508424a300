// Prefix/postfix ++ and -- coerce to number and return old or new value.
let a = '5';
const b = a++;
console.log(typeof a, a, typeof b, b);
let c = null; c++;
let d; d--;
let e = '1e2'; --e;
console.log(c, d, e);
const o = { n: 1 };
console.log(o.n++ + ++o.n, o.n);
let f = [3]; f++;
console.log(f);
