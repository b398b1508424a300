// Readable.from over arrays, strings, generators, iterables of promises and
// hand-written async iterators.
const { Readable } = require('stream');

function* gen() {
  yield 'g1';
  yield 'g2';
}

const asyncIterable = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return {
      next() {
        i++;
        return Promise.resolve(i <= 2 ? { value: 'async' + i, done: false } : { done: true });
      },
    };
  },
};

async function collect(name, readable) {
  const out = [];
  for await (const chunk of readable) out.push(chunk);
  console.log(name, out, readable.readableObjectMode);
}

async function main() {
  await collect('array', Readable.from([1, 2, 3]));
  await collect('string', Readable.from('whole string'));
  await collect('generator', Readable.from(gen()));
  await collect('promises', Readable.from([Promise.resolve('p1'), 'plain']));
  await collect('async', Readable.from(asyncIterable));
  await collect('bytes', Readable.from(['a', 'b'], { objectMode: false }));
  try {
    Readable.from(42);
  } catch (err) {
    console.log(err.code);
  }
}
main();
