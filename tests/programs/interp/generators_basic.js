// Generators: yield, next(value), return(), throw(), and iteration.
function* counter(limit) {
  let i = 0;
  while (i < limit) {
    const sent = yield i;
    if (sent) i += sent;
    else i++;
  }
  return 'done';
}
const g = counter(5);
console.log(g.next(), g.next(), g.next(2), g.next(), g.next(), g.next());
console.log([...counter(3)], Array.from(counter(2)));
for (const v of counter(2)) console.log('for-of', v);
const h = counter(10);
h.next();
console.log(h.return(42), h.next());
const t = counter(10);
t.next();
try {
  t.throw(new Error('boom'));
} catch (e) {
  console.log('caught', e.message);
}
console.log(t.next());
console.log(Object.prototype.toString.call(g), typeof g.next, g[Symbol.iterator]() === g);
