// Mutating methods: push/pop/shift/unshift/splice/reverse/fill/copyWithin and their results.
const a = [1, 2, 3];
console.log(a.push(4, 5), a.pop(), a.shift(), a.unshift(0, 0.5), a);
const b = [1, 2, 3, 4, 5];
console.log(b.splice(1, 2), b, b.splice(-1), b, b.splice(1, 0, 'x', 'y'), b);
console.log([1, 2, 3].reverse(), new Array(3).fill(0), [1, 2, 3, 4].fill(9, 1, 3));
const c = [3, 1, 2];
console.log(c.toReversed(), c.with(0, 'w'), c);
console.log([].pop(), [].shift(), [1, 2].concat([3], 4, [[5]]));
