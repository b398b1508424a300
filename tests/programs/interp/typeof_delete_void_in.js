// typeof, delete, void and in.
const o = { a: 1, b: 2 };
console.log(delete o.a, o, 'a' in o, 'b' in o, 'toString' in o);
console.log(void 0, typeof void 0, typeof o.nope, typeof undeclaredVariable);
const arr = [1, 2, 3];
delete arr[1];
console.log(arr, arr.length, 1 in arr);
console.log(delete Object.prototype, Object.freeze(o) === o, delete o.b, o);
