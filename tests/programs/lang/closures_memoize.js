// A memoizing higher-order function keeps a cache in its closure.
function memo(fn) {
  const cache = new Map();
  let misses = 0;
  const wrapped = (n) => { if (!cache.has(n)) { misses++; cache.set(n, fn(n)); } return cache.get(n); };
  wrapped.misses = () => misses;
  return wrapped;
}
const fib = memo((n) => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
console.log(fib(50), fib.misses(), fib(50), fib.misses());
