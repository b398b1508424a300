// Array iterators read length on every step and are themselves iterable.
const a = [1, 2, 3];
const it = a[Symbol.iterator]();
console.log(it.next().value);
a.length = 1;
console.log(it.next());
const entries = ['x', 'y'].entries();
console.log(entries[Symbol.iterator]() === entries, [...entries]);
console.log(Object.prototype.toString.call([].values()), typeof [].keys().next);
console.log([...['a', , 'c'].keys()], [...[, 'b'].values()]);
