// A hand-written iterable works with for-of, spread, Array.from and destructuring.
const countdown = {
  from: 3,
  [Symbol.iterator]() {
    let n = this.from;
    return { next: () => (n > 0 ? { value: n--, done: false } : { value: 'ignored', done: true }) };
  },
};
for (const v of countdown) console.log('for-of', v);
console.log([...countdown], Array.from(countdown, (x) => x * 10));
const [first, ...others] = countdown;
console.log(first, others);
