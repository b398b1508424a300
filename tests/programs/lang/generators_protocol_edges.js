// yield* passes next() arguments to a custom inner iterator; throw/return on finished generators.
function* g() {
  const r = yield* { [Symbol.iterator]() { let i = 0; return { next: (v) => ({ value: v === undefined ? i++ : 'got ' + v, done: i > 2 }) }; } };
  return r;
}
const it = g();
console.log(it.next(), it.next('A'), it.next(), it.next());
function* h() { try { yield 1; } catch (e) { return 'caught ' + e; } }
const x = h(); x.next();
console.log(x.throw('err'), x.next());
function* k() { yield 1; }
const kk = k();
console.log(kk.return(5), kk.next());
try { kk.throw(new Error('after done')); } catch (e) { console.log('rethrown:', e.message); }
