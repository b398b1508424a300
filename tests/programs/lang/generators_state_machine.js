// Generators as coroutines: two-way communication with next(value).
function* accumulator() {
  let total = 0;
  while (true) {
    const x = yield total;
    if (x === undefined) return total;
    total += x;
  }
}
const acc = accumulator();
acc.next();
console.log([5, 10, -3].map((n) => acc.next(n).value), acc.next(), acc.next(1));
function* idGen(prefix) { let i = 0; while (true) { const reset = yield `${prefix}-${i++}`; if (reset) i = 0; } }
const ids = idGen('id');
console.log(ids.next().value, ids.next().value, ids.next(true).value, ids.next().value);
