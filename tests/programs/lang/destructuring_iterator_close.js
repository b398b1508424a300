// Array destructuring pulls only what it needs and closes the iterator.
const log = [];
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() { log.push('next'); return { value: i++, done: false }; },
      return() { log.push('return'); return {}; },
    };
  },
};
const [a, b] = iterable;
console.log(a, b, log.join(','));
log.length = 0;
const [c, ...d] = [1, 2, 3][Symbol.iterator]();
console.log(c, d);
