// return() on a suspended generator runs its finally blocks.
function* resource() {
  try {
    yield 'open';
    yield 'still open';
  } finally {
    console.log('closing');
  }
}
const r = resource();
console.log(r.next().value);
console.log(r.return('early'), r.next());
function* take(n, it) {
  for (const v of it) {
    if (n-- <= 0) return;
    yield v;
  }
}
function* naturals() {
  let i = 0;
  while (true) yield i++;
}
console.log([...take(5, naturals())]);
const [first, second] = naturals();
console.log(first, second);
function* withArgs() {
  const a = yield 1;
  const b = yield a * 2;
  return a + b;
}
const w = withArgs();
console.log(w.next('ignored').value, w.next(10).value, w.next(5));
