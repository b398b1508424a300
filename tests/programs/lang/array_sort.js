// Default sort compares strings; comparator sorts are stable; undefined goes last.
console.log([10, 9, 1, 100, 25].sort(), [10, 9, 1, 100, 25].sort((a, b) => a - b));
console.log(['b', undefined, 'a', , 'c'].sort());
const people = [{ n: 'a', age: 30 }, { n: 'b', age: 25 }, { n: 'c', age: 30 }, { n: 'd', age: 25 }];
console.log(people.sort((x, y) => x.age - y.age).map((p) => p.n).join(''));
const arr = [3, 1, 2];
const sorted = arr.toSorted();
console.log(arr, sorted, arr.sort() === arr);
console.log([true, false, 'false', 0, null].sort());
