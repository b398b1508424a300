// for-in over arrays visits indices (as strings) and extra properties; for-of visits values.
const arr = ['a', 'b'];
arr.extra = 'x';
const keys = [];
for (const k in arr) keys.push(k);
const values = [];
for (const v of arr) values.push(v);
console.log(keys, values, arr);
const str = 'hi';
const sk = [];
for (const k in str) sk.push(k);
console.log(sk);
class P {
  constructor() {
    this.own = 1;
  }
  method() {}
}
const inst = new P();
const ik = [];
for (const k in inst) ik.push(k);
console.log(ik);
