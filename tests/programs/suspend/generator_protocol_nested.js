// throw() and return() delivered to a yield in the middle of an expression.
function* g() {
  const log = [];
  try {
    log.push('start');
    const v = [yield 1, (yield 2) + (yield 3)];
    log.push(v);
  } catch (e) {
    log.push('caught ' + e);
    log.push('again ' + (yield 'after catch'));
  } finally {
    console.log(JSON.stringify(log));
  }
  return 'end';
}
let it = g();
console.log(it.next(), it.next('a'), it.next('b'), it.next('c'));
it = g();
console.log(it.next(), it.next('a'), it.throw('oops'), it.next('z'));
it = g();
console.log(it.next(), it.next('a'), it.return('ret'), it.next());

function* args(a) {
  return Math.max(a, yield, yield 'two') + (yield* [7, 8]);
}
const ai = args(1);
console.log(ai.next(), ai.next(5), ai.next(9), ai.next(), ai.next(), ai.next());

function* cond(flag) {
  const r = flag ? yield 'yes' : yield 'no';
  const s = (yield 'first') || (yield 'second');
  return [r, s];
}
const ci = cond(false);
console.log(ci.next().value, ci.next(1).value, ci.next(0).value, ci.next(2).value);
const cj = cond(true);
console.log(cj.next().value, cj.next(1).value, cj.next('t').value);

class Bag {
  constructor() { this.items = []; }
  *fill() {
    this.items.push(yield 'give');
    this.items.push((yield 'more') * 2);
    return this.items;
  }
}
const b = new Bag();
const bi = b.fill();
bi.next();
bi.next(1);
console.log(bi.next(21).value);
