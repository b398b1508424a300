// yield* forwards next values, throw() and return() to the inner iterator.
function* inner() {
  try {
    const v = yield 'i1';
    console.log('inner got', v);
    yield 'i2';
  } catch (e) { console.log('inner caught', e); yield 'i-caught'; }
  finally { console.log('inner finally'); }
}
function* outer() { yield* inner(); yield 'o-after'; }
const a = outer();
console.log(a.next().value, a.next('V').value, a.throw('E').value, a.next().value);
const b = outer();
b.next();
console.log(b.return('R'));
