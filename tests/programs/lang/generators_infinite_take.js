// Infinite generators are consumed lazily; break closes them.
function* naturals() { let n = 0; try { while (true) yield n++; } finally { console.log('closed at', n); } }
const out = [];
for (const n of naturals()) { if (n >= 5) break; out.push(n * n); }
console.log(out);
function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }
const it = fib();
console.log(Array.from({ length: 10 }, () => it.next().value));
