// Count the ticks: for await over a sync array, an async generator and a
// hand-written async iterator, interleaved with a chain of promise reactions.
const log = [];
function ticker(label, n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => log.push(`${label}${i}`));
  return p;
}

async function* gen() {
  yield 'g1';
  yield 'g2';
}

const handMade = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return { next: () => ({ value: 'h' + ++i, done: i > 2 }) };
  },
};

async function run(label, iterable) {
  const t = ticker('.', 12);
  log.push(`-- ${label}`);
  for await (const x of iterable) log.push(x);
  log.push(`end ${label}`);
  await t;
}

async function main() {
  await run('array', ['a1', Promise.resolve('a2')]);
  await run('generator', gen());
  await run('hand-made', handMade);
  // yield* to a sync array inside an async generator.
  async function* star() {
    yield* ['s1', 's2'];
  }
  await run('yield* array', star());
  async function* starGen() {
    yield* gen();
  }
  await run('yield* generator', starGen());
  console.log(log.join(' '));
}

main();
