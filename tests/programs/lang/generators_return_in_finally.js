// A return inside finally of a generator overrides a pending return() value.
function* g() {
  try { yield 1; }
  finally { return 'from finally'; }
}
const it = g();
it.next();
console.log(it.return('ignored'), it.next());
function* h() { try { yield 1; } finally { console.log('h cleanup'); } }
const [first] = h();
console.log(first);
