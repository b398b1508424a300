// Own keys come in order: integer keys ascending, then strings in insertion order, then symbols.
const o = { b: 1, 2: 1, a: 1, 1: 1, [Symbol('s')]: 1, '-1': 1, '01': 1, 4294967294: 1, 4294967295: 1 };
o.c = 1;
o[0] = 1;
console.log(Object.keys(o));
console.log(Object.getOwnPropertyNames(o).length, Object.getOwnPropertySymbols(o).length, JSON.stringify(o));
const arr = ['x', 'y'];
arr.extra = 1;
console.log(Object.keys(arr));
