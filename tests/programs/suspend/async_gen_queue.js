// Requests made while the generator runs are queued and served in order.
const log = (...a) => console.log(...a);

async function* slow() {
  try {
    log('body start');
    const a = yield 'first';
    log('got', a);
    const b = yield 'second';
    log('got', b);
    await new Promise((r) => setTimeout(r, 5));
    yield 'third';
  } finally {
    log('finally');
  }
}

async function main() {
  const it = slow();
  const ps = [it.next('ignored'), it.next('A'), it.next('B'), it.return('R'), it.next('after')];
  log('queued', ps.length);
  for (const p of ps) log(await p);

  // throw() queued behind next() calls.
  const it2 = slow();
  const qs = [it2.next(), it2.throw(new Error('boom')), it2.next()];
  for (const q of qs) {
    try {
      log(await q);
    } catch (e) {
      log('rejected:', e.message);
    }
  }

  // A generator calling its own next() while running: queued, not re-entered.
  let self;
  async function* reentrant() {
    const p = self.next('inner');
    log('inner call returned a promise:', p instanceof Promise);
    yield 1;
    yield 2;
  }
  self = reentrant();
  log(await self.next(), await self.next());
}

main();
