// for await over arrays of promises, async generators and async iterables,
// with every kind of head.
async function* pairs() {
  yield ['a', 1];
  yield ['b', 2];
}

async function main() {
  for await (const x of [1, Promise.resolve(2), 3]) console.log('const', x);
  let total = 0;
  for await (let x of pairs()) {
    x = x[1];
    total += x;
  }
  console.log('total', total);
  for await (var [k, v] of pairs()) console.log('var pattern', k, v);
  console.log('var leaks', k, v);
  for await (const { length, 0: first } of ['xyz', 'q']) console.log(length, first);
  let target = {};
  for await (target.last of pairs());
  console.log('member target', target.last);
  let a, b;
  for await ([a, b] of pairs());
  console.log('assignment pattern', a, b);

  // Closures capture a fresh binding per iteration.
  const fns = [];
  for await (const x of [1, 2, 3]) fns.push(() => x);
  console.log(fns.map((f) => f()));

  // Nested loops, labels and continue.
  outer: for await (const i of [1, 2, 3]) {
    for await (const j of pairs()) {
      if (j[1] === 2) continue outer;
      if (i === 3) break outer;
      console.log('nested', i, j[0]);
    }
  }

  // for await inside an async generator.
  async function* doubled(src) {
    for await (const x of src) yield x * 2;
  }
  const out = [];
  for await (const x of doubled([1, Promise.resolve(2)])) out.push(x);
  console.log(out);

  // Strings and Maps are sync iterables.
  for await (const ch of 'hi') console.log('char', ch);
  for await (const [key, val] of new Map([['m', 1]])) console.log('map', key, val);
}

main();
