// Array.from on array-likes and iterables; generic methods work on array-likes.
console.log(Array.from({ length: 3 }), Array.from({ length: 2, 0: 'a', 1: 'b' }), Array.from('hey'));
console.log(Array.from(new Set([1, 1, 2])), Array.from({ length: 3 }, (_, i) => i * i), Array.isArray(Array.from([])));
const like = { length: 2, 0: 'x', 1: 'y' };
console.log(Array.prototype.map.call(like, (v) => v.toUpperCase()), Array.prototype.join.call(like, '+'));
Array.prototype.push.call(like, 'z');
console.log(like.length, like[2]);
