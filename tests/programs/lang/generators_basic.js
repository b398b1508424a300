// Generators run lazily, pause at yield and report done with the return value.
function* gen() {
  console.log('started');
  const x = yield 1;
  console.log('got', x);
  yield x * 2;
  return 'end';
}
const g = gen();
console.log('created');
console.log(g.next('ignored'));
console.log(g.next(21));
console.log(g.next());
console.log(g.next());
console.log(g[Symbol.iterator]() === g, typeof g.next, Object.prototype.toString.call(g));
