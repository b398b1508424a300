// yield* delegates to another iterable and yields its return value.
function* inner() {
  const x = yield 'i1';
  yield 'inner got ' + x;
  return 'inner result';
}
function* outer() {
  yield 'o1';
  const r = yield* inner();
  yield r;
  yield* [10, 20];
  yield* 'hi';
}
const g = outer();
console.log(g.next().value, g.next().value, g.next('X').value, g.next().value);
console.log([...g]);
const fib = {
  *[Symbol.iterator]() {
    let [a, b] = [0, 1];
    for (;;) {
      yield a;
      [a, b] = [b, a + b];
    }
  },
};
const firsts = [];
for (const n of fib) {
  if (n > 50) break;
  firsts.push(n);
}
console.log(firsts);
class Tree {
  constructor(v, kids = []) {
    this.v = v;
    this.kids = kids;
  }
  *walk() {
    yield this.v;
    for (const k of this.kids) yield* k.walk();
  }
}
console.log([...new Tree(1, [new Tree(2, [new Tree(3)]), new Tree(4)]).walk()]);
console.log(typeof outer, outer.constructor === Function, Object.getPrototypeOf(g) === outer.prototype);
