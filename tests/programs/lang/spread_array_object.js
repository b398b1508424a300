// Array spread copies iterables; object spread copies own enumerable props and invokes getters.
const a = [1, 2];
const b = [0, ...a, 3, ...'hi'];
console.log(b, b.length);
const src = { x: 1, get g() { return 'got'; } };
Object.defineProperty(src, 'hidden', { value: 1, enumerable: false });
const copy = { ...src, y: 2, x: 'overridden' };
console.log(copy, Object.getOwnPropertyDescriptor(copy, 'g').value);
console.log({ ...null, ...undefined, ...'ab', ...[9], ...5 });
const sym = Symbol('s');
console.log(Object.getOwnPropertySymbols({ ...{ [sym]: 1 } }).length);
console.log([...[, 1]], [, 1].length);
