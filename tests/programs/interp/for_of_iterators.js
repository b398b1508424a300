// for-of over arrays, strings, maps, sets and custom iterables; early exit calls return().
for (const ch of 'h😀') console.log(ch, ch.length);
for (const [k, v] of new Map([['a', 1], ['b', 2]])) console.log(k, v);
for (const v of new Set([1, 1, 2])) console.log(v);
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next: () => ({ value: i++, done: i > 5 }),
      return: () => {
        console.log('return called');
        return {};
      },
    };
  },
};
for (const x of iterable) {
  if (x === 2) break;
  console.log('x', x);
}
console.log([...iterable]);
const [first, second] = iterable;
console.log(first, second);
