// `return` awaits its operand; return() requests at each state.
async function* g1() {
  return Promise.resolve('awaited return');
}

async function* g2() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('cleanup');
    yield 'from finally';
    console.log('cleanup done');
  }
}

async function* g3() {
  try {
    yield 1;
  } catch (e) {
    console.log('caught', e);
  }
}

const thenable = {
  then(resolve) {
    console.log('thenable.then called');
    resolve('thenable value');
  },
};

async function main() {
  console.log(await g1().next());

  // return() before start: the generator never runs.
  const a = g2();
  console.log(await a.return('early'));
  console.log(await a.next());

  // return() at a yield inside try/finally: finally runs and may yield.
  const b = g2();
  console.log(await b.next());
  console.log(await b.return('late'));
  console.log(await b.next());
  console.log(await b.next());

  // return() with a promise is awaited; a rejected one throws at the yield.
  const c = g3();
  await c.next();
  console.log(await c.return(Promise.reject('nope')));

  // return() on a completed generator awaits the value too (a thenable).
  const d = g1();
  await d.next();
  console.log(await d.return(thenable));

  // return(rejected promise) before start rejects the request.
  try {
    await g1().return(Promise.reject(new Error('bad return')));
  } catch (e) {
    console.log('rejected with', e.message);
  }
}

main();
