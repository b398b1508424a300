// Hand-written iterators and the built-in array and map iterators.
class Range {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
  [Symbol.iterator]() {
    let cur = this.from;
    const to = this.to;
    return { next: () => (cur <= to ? { value: cur++, done: false } : { value: undefined, done: true }) };
  }
}
console.log([...new Range(1, 5)], Math.max(...new Range(3, 7)));
const it = [10, 20][Symbol.iterator]();
console.log(it.next(), it.next(), it.next(), typeof it[Symbol.iterator]);
const entries = new Map([['k', 'v']]).entries();
console.log(entries.next().value, Object.prototype.toString.call(entries));
const [a, b = 'default', ...rest] = new Range(1, 1);
console.log(a, b, rest);
try {
  const [z] = {};
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  for (const q of 5) console.log(q);
} catch (e) {
  console.log(e.message);
}
