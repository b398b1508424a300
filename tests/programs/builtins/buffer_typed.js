// The typed-array methods every Buffer has: at, forEach, map, filter, reduce,
// join, some/every, find, reverse, sort, set, copyWithin.
const b = Buffer.from([5, 1, 4, 2, 3]);
console.log(b.at(0), b.at(-1), b.at(9), b.join('-'), b.join());
b.forEach((x, i) => console.log('each', x, i));
console.log(b.map((x) => x * 100), b.filter((x) => x > 2), b.reduce((s, x) => s + x, 0));
console.log(b.some((x) => x > 4), b.every((x) => x > 0), b.find((x) => x < 3), b.findIndex((x) => x === 4));
console.log(Buffer.from(b).reverse(), Buffer.from(b).sort(), Buffer.from(b).sort((x, y) => y - x));
const t = Buffer.alloc(6);
t.set([1, 2, 3], 2);
t.set(Buffer.from([9]));
console.log(t, Buffer.from('abcdef').copyWithin(0, 3), Buffer.from('abcdef').copyWithin(1, 0, 2));
console.log(b.length, b.byteLength, typeof b.byteOffset);
