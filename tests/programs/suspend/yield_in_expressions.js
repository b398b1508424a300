// `yield` at any depth in a generator.
function* g() {
  const a = 1 + (yield 'first');
  console.log('a', a);
  console.log('log', yield 'second');
  const arr = [yield 'x', yield 'y'];
  console.log('arr', arr);
  const s = `${yield 'tpl'}!`;
  console.log(s);
  const o = { k: yield 'obj' };
  console.log(o);
  return (yield 'last') * 2;
}
const it = g();
let r = it.next();
let n = 0;
while (!r.done) {
  console.log('yielded', r.value);
  r = it.next(++n);
}
console.log('returned', r.value);

function* loops() {
  let i = 0;
  while ((yield i) !== 'stop') i++;
  for (let k = 0; k < (yield 'limit'); k++) console.log('k', k);
  return 'done';
}
const l = loops();
console.log(l.next().value, l.next().value, l.next().value, l.next('stop').value);
console.log(l.next(2).value, l.next().value);

function* nested() {
  const x = yield (yield 1) + 10;
  console.log('x', x);
}
const ne = nested();
console.log(ne.next().value, ne.next(5).value, ne.next(7).done);
