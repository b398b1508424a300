// Errors from for await: what is not iterable, bad results, rejections.
async function attempt(label, f) {
  try {
    await f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}

async function main() {
  await attempt('number', async () => {
    for await (const x of 5);
  });
  await attempt('object', async () => {
    for await (const x of {});
  });
  await attempt('null', async () => {
    for await (const x of null);
  });
  await attempt('non-object iterator', async () => {
    for await (const x of { [Symbol.asyncIterator]: () => 1 });
  });
  await attempt('non-object result', async () => {
    for await (const x of { [Symbol.asyncIterator]: () => ({ next: () => 42 }) });
  });
  await attempt('rejected next', async () => {
    const it = { [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('next failed')) }) };
    for await (const x of it);
  });
  await attempt('rejected value', async () => {
    for await (const x of [1, Promise.reject(new RangeError('bad value'))]) console.log('saw', x);
  });
  await attempt('bad return result', async () => {
    const it = {
      [Symbol.asyncIterator]: () => ({ next: () => ({ done: false }), return: () => 7 }),
    };
    for await (const x of it) break;
  });
  await attempt('destructuring error closes', async () => {
    const it = {
      [Symbol.asyncIterator]: () => ({
        next: () => ({
          value: {
            get a() {
              throw new Error('getter threw');
            },
          },
          done: false,
        }),
        return() {
          console.log('closed after destructuring error');
          return {};
        },
      }),
    };
    for await (const { a } of it);
  });
  await attempt('yield* of a number', async () => {
    async function* g() {
      yield* 5;
    }
    await g().next();
  });
}

main();
