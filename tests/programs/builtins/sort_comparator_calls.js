// A comparison function sees which pairs sort() asks about, in which order:
// below 64 values V8 (and nodelet) find the first run, reverse it if it
// descends, then insert each further value by binary search. So does what an
// inconsistent comparison (a boolean) leaves behind.
function logged(array, compare) {
  const calls = [];
  const result = array.slice().sort((a, b) => {
    calls.push(`${a}:${b}`);
    return compare(a, b);
  });
  console.log(JSON.stringify(array), '->', JSON.stringify(result), calls.join(' '));
}
logged([5, 1, 4, 2, 3], (a, b) => a - b);
logged([1, 2, 3, 4, 5], (a, b) => a - b);
logged([5, 4, 3, 2, 1], (a, b) => a - b);
logged([3, 3, 1, 1, 2], (a, b) => a - b);
logged([2, 1], (a, b) => b - a);
logged([1], (a, b) => a - b);
logged(['b', 'a', 'c'], (a, b) => (a < b ? -1 : a > b ? 1 : 0));

// The classic mistake: a boolean is 1 or 0, never below zero.
console.log([3, 1, 2].sort((a, b) => a > b));
console.log([5, 1, 4, 2, 3, 9, 0].sort((a, b) => a > b));
console.log([5, 1, 4, 2, 3, 9, 0].sort((a, b) => a < b));
console.log([1, 2, 3].sort(() => -1), [1, 2, 3].sort(() => 1), [1, 2, 3].sort(() => NaN));

// Stable: equal keys keep their order.
const people = [['ann', 3], ['bob', 1], ['cy', 3], ['di', 2], ['ed', 1]];
console.log(people.sort((a, b) => a[1] - b[1]).map((p) => p[0]).join(' '));

// Default order compares strings; undefined goes last, holes after it.
console.log([10, 9, 1, 100, undefined, 25].sort(), [, 'b', undefined, 'a', ,].sort());
const holes = [, 1, , 0];
console.log(holes.toSorted(), holes.toSorted().length, holes.sort(), 1 in holes, 3 in holes);

// Longer arrays: the same order for a consistent comparison.
const long = Array.from({ length: 200 }, (_, i) => (i * 7919) % 200);
const sorted = long.slice().sort((a, b) => a - b);
console.log(sorted.every((x, i) => x === i), long.slice().sort().slice(0, 5));
const keyed = Array.from({ length: 100 }, (_, i) => ({ k: i % 5, i }));
console.log(keyed.sort((a, b) => a.k - b.k).slice(0, 8).map((o) => o.i).join(' '));
