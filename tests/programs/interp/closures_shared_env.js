// Closures created in the same scope share it; each call of the outer function makes a new one.
function pair() {
  let v = 0;
  return [() => ++v, () => v];
}
const [inc, get] = pair();
inc();
inc();
const [inc2, get2] = pair();
inc2();
console.log(get(), get2());
const adders = [1, 2, 3].map((n) => (m) => n + m);
console.log(adders.map((a) => a(10)));
function once(fn) {
  let done = false;
  let result;
  return function (...args) {
    if (!done) {
      done = true;
      result = fn.apply(this, args);
    }
    return result;
  };
}
const init = once((a) => a * 2);
console.log(init(5), init(7));
function memo(fn) {
  const cache = new Map();
  return (n) => {
    if (!cache.has(n)) cache.set(n, fn(n));
    return cache.get(n);
  };
}
const fibm = memo((n) => (n < 2 ? n : fibm(n - 1) + fibm(n - 2)));
console.log(fibm(90));
