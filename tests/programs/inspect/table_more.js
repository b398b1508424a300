console.table([{ a: 1, b: 2 }, { a: 3, b: 4 }], ['a']);
console.table(new Map([['x', 1], ['y', { z: 2 }]]));
console.table(new Set(['p', 'q']));
console.table([{ name: 'long name here', nested: { a: 1, b: 2, c: 3 } }, { name: 'x', nested: [1, 2, 3, 4, 5] }]);
console.table(42);
console.table(null);
console.table({ a: 1, b: 'two' });
