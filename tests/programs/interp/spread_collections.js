// Spreading maps, sets, strings and arguments; Array.from on iterables.
const m = new Map([['a', 1], ['b', 2]]);
console.log([...m], [...m.keys()], [...new Set('hello')].join(''), Array.from(m.values(), (v) => v * 10));
function args() {
  return [...arguments];
}
console.log(args(1, 2, 3), Object.entries([7, 8]), Object.entries('hi'), Object.keys('abc'));
const arr = [3, 1, 2];
const copy = [...arr].sort();
console.log(arr, copy, [...arr, ...copy].length, Math.min(...arr));
