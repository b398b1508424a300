// yield* to async generators, sync iterables and hand-written async iterators.
async function* inner() {
  const x = yield 'i1';
  console.log('inner got', x);
  yield 'i2';
  return 'inner result';
}

async function* outer() {
  const r = yield* inner();
  console.log('outer got', r);
  yield* ['a', Promise.resolve('b')];
  yield* new Set(['s']);
  const custom = {
    [Symbol.asyncIterator]() {
      let n = 0;
      return {
        next(v) {
          console.log('custom next', v);
          n++;
          return Promise.resolve({ value: n * 100, done: n > 2 });
        },
        return(v) {
          console.log('custom return', v);
          return { value: 'custom closed', done: true };
        },
      };
    },
  };
  yield* custom;
}

async function main() {
  const it = outer();
  const out = [];
  let r = await it.next();
  while (!r.done) {
    out.push(r.value);
    r = await it.next('sent');
  }
  console.log(out);

  // return() is forwarded to the inner iterator.
  async function* wrap() {
    try {
      yield* outer();
    } finally {
      console.log('wrap finally');
    }
  }
  const w = wrap();
  await w.next();
  console.log(await w.return('stop'));

  // throw() is forwarded; an inner iterator without throw() is closed.
  async function* noThrow() {
    yield* {
      [Symbol.asyncIterator]() {
        return {
          next() {
            return { value: 'x', done: false };
          },
          return() {
            console.log('closed for missing throw');
            return {};
          },
        };
      },
    };
  }
  const n = noThrow();
  await n.next();
  try {
    await n.throw(new Error('t'));
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
  async function* catcher() {
    try {
      yield* inner();
    } catch (e) {
      yield 'caught ' + e;
    }
  }
  const c = catcher();
  await c.next();
  console.log(await c.throw('E'));
}

main();
