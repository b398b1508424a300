// Computed symbol-keyed methods: iterator and toStringTag.
class Range {
  constructor(n) { this.n = n; }
  *[Symbol.iterator]() { for (let i = 0; i < this.n; i++) yield i; }
  get [Symbol.toStringTag]() { return 'Range'; }
}
const r = new Range(4);
console.log([...r], Object.prototype.toString.call(r), String(r));
