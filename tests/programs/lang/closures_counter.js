// Closures keep private state that survives the outer call; each call gets its own.
function makeCounter(start) {
  let n = start;
  return { inc: () => ++n, dec: () => --n, get value() { return n; } };
}
const a = makeCounter(0);
const b = makeCounter(100);
a.inc(); a.inc(); b.dec();
console.log(a.value, b.value);
const adders = [1, 2, 3].map((k) => (x) => x + k);
console.log(adders.map((f) => f(10)));
function once(fn) { let done = false, r; return (...args) => done ? r : (done = true, r = fn(...args)); }
const init = once((x) => 'init ' + x);
console.log(init(1), init(2));
