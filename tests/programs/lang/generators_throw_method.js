// gen.throw() raises at the paused yield; the generator may catch it and continue.
function* g() {
  while (true) {
    try { yield 'waiting'; } catch (e) { console.log('caught inside:', e); yield 'recovered'; }
  }
}
const it = g();
console.log(it.next().value, it.throw('oops').value, it.next().value);
function* h() { yield 1; }
const h1 = h();
try { h1.throw(new Error('not started')); } catch (e) { console.log('outside:', e.message); }
console.log(h1.next());
