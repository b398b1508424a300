// gen.return() finishes the generator, running finally blocks, which may yield again.
function* g() {
  try { yield 1; yield 2; } finally { console.log('cleanup'); yield 'from finally'; }
}
const it = g();
console.log(it.next());
console.log(it.return('R'));
console.log(it.next());
console.log(it.next());
const fresh = g();
console.log(fresh.return('early'), fresh.next());
