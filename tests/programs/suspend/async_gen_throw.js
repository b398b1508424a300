// throw() at each state, errors inside the body, and await of rejections.
async function* g() {
  try {
    yield 1;
    yield 2;
  } catch (e) {
    console.log('body caught', e.message);
    yield 'recovered';
  }
  throw new Error('body threw');
}

async function* rejecting() {
  try {
    yield Promise.reject(new Error('yielded rejection'));
  } catch (e) {
    console.log('yield of a rejected promise throws inside:', e.message);
  }
  const v = await Promise.reject(new Error('awaited')).catch((e) => e.message);
  yield v;
}

async function main() {
  // throw() before start completes the generator without running it.
  const a = g();
  try {
    await a.throw(new Error('early'));
  } catch (e) {
    console.log('rejected:', e.message);
  }
  console.log(await a.next());

  const b = g();
  console.log(await b.next());
  console.log(await b.throw(new Error('injected')));
  try {
    await b.next();
  } catch (e) {
    console.log('rejected:', e.message);
  }
  console.log(await b.next());

  const c = rejecting();
  console.log(await c.next());
  console.log(await c.next());

  // The methods reject (they never throw) on a wrong receiver.
  const proto = Object.getPrototypeOf(a);
  try {
    await proto.next.call({});
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
  const syncNext = Object.getPrototypeOf(function* () {}).prototype.next;
  try {
    syncNext.call(a);
  } catch (e) {
    console.log(e.constructor.name);
  }
}

main();
