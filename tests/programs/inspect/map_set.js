console.log(new Map([['a', 1], ['b', 2]]));
console.log(new Set([1]));
console.log(new Map());
console.log(new Set());
console.log(new Map([[{ k: 1 }, [1, 2]], [new Set([1]), new Map()]]));
console.log({ m: new Map([['x', { y: { z: 1 } }]]) });
console.log(new WeakMap(), new WeakSet());
