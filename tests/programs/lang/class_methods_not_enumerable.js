// Class methods are non-enumerable; object literal methods are enumerable.
class A { m() {} static s() {} }
const o = { m() {} };
const keys = [];
for (const k in new A()) keys.push(k);
console.log(keys, Object.keys(o), Object.getOwnPropertyDescriptor(A.prototype, 'm').enumerable);
console.log(Object.getOwnPropertyDescriptor(A, 's').enumerable, Object.getOwnPropertyDescriptor(A, 'prototype').writable);
