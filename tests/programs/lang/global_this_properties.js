// globalThis holds the built-ins; undefined, NaN and Infinity are read-only globals.
console.log(globalThis.Array === Array, typeof globalThis, globalThis === globalThis.globalThis);
undefined = 1; NaN = 2; Infinity = 3;
console.log(undefined, NaN, Infinity);
const d = Object.getOwnPropertyDescriptor(globalThis, 'NaN');
console.log(d.writable, d.enumerable, d.configurable);
globalThis.added = 'x';
console.log(added, delete globalThis.added, typeof added);
