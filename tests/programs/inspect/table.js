console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table([1, 'two', { three: 3 }]);
console.table({ r1: { c: 1 }, r2: { c: 2 } });
console.table([[1, 2], [3, 4]]);
console.table('not tabular');
console.table([]);
