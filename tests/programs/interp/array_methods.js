// Array.prototype basics.
const a = [5, 1, 4];
a.push(2, 3);
console.log(a, a.length, a.pop(), a.shift(), a);
a.unshift(9);
console.log(a, a.indexOf(4), a.includes(7), a.join('-'));
console.log(a.slice(1, 3), a.slice(-2), a.splice(1, 2, 'x', 'y', 'z'), a);
console.log([3, 1, 10, 2].sort(), [3, 1, 10, 2].sort((x, y) => x - y), ['b', 'a'].reverse());
console.log([1, 2, 3].map((x) => x * 2), [1, 2, 3, 4].filter((x) => x % 2), [1, 2, 3].reduce((s, x) => s + x));
console.log([1, 2, 3].find((x) => x > 1), [1, 2, 3].findIndex((x) => x > 5), [1, 2].some((x) => x > 1), [1, 2].every((x) => x > 1));
console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(Infinity), [[1], [2]].concat([3], 4));
console.log(Array.isArray([]), Array.from('abc'), Array.from({ length: 3 }, (_, i) => i * i), Array.of(7, 8));
console.log(new Array(3), new Array(3).fill(0), [1, 2, 3].at(-1), [..."ab"].entries().next());
const seen = [];
[10, 20].forEach((v, i, arr) => seen.push(v + i + arr.length));
console.log(seen, [1, 2, 3].reduceRight((acc, x) => acc + x, ''), [1, 2, 3].lastIndexOf(3));
