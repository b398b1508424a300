// `yield*` and `yield` nested in expressions, with try/finally.
function* inner() {
  yield 1;
  yield 2;
  return 'inner-result';
}
function* outer() {
  try {
    const r = 'got ' + (yield* inner());
    console.log(r);
    console.log('sum', (yield 'a') + (yield 'b'));
  } finally {
    console.log('finally', yield 'in finally');
  }
}
const it = outer();
console.log(JSON.stringify([...(function* () { yield* [] })()]));
let r;
let n = 10;
while (!(r = it.next(n++)).done) console.log('value', r.value);

function* early() {
  try {
    console.log(yield 1, yield 2);
  } finally {
    console.log('cleanup');
  }
}
const e = early();
e.next();
console.log(e.return('stopped'));
const t = early();
t.next();
try {
  t.throw(new Error('boom'));
} catch (err) {
  console.log('caught', err.message);
}
