// Iteration methods: map/filter/reduce/find/some/every/flat/flatMap with index arguments.
const a = [1, 2, 3, 4, 5];
console.log(a.map((x, i) => x * i), a.filter((x) => x % 2), a.reduce((s, x) => s + x), a.reduceRight((s, x) => s + x, ''));
console.log(a.find((x) => x > 2), a.findIndex((x) => x > 2), a.findLast((x) => x < 4), a.findLastIndex((x) => x > 10));
console.log(a.some((x) => x > 4), a.every((x) => x > 0), [].every(() => false), [].some(() => true));
console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(Infinity), [1, 2].flatMap((x) => [x, x * 10]));
console.log(a.includes(3), a.indexOf(3, 3), a.lastIndexOf(1), a.at(-2), a.join(), a.join(''));
