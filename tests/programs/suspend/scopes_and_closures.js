// Hoisted awaits inside loops with captured per-iteration bindings, closures
// over outer variables, and block-scoped declarations.
const p = (x) => Promise.resolve(x);
async function main() {
  let outer = [10, 20];
  const get = () => outer;
  const fns = [];
  for (const x of await p(get())) fns.push(() => x);
  console.log(fns.map((f) => f()));
  const fns2 = [];
  for (let i = (await p(0)); i < 3; i = i + (await p(1))) {
    const sq = i * (await p(i));
    fns2.push(() => [i, sq]);
  }
  console.log(JSON.stringify(fns2.map((f) => f())));
  {
    let inner = 'block';
    const g = () => inner;
    console.log(g() + (await p('!')), `${inner}${await p('?')}`);
  }
  let count = 0;
  const keys = [];
  for (const k in await p({ a: 1, b: 2 })) {
    keys.push(() => k + (count += 1));
  }
  console.log(keys.map((f) => f()));
  let n = 0;
  do {
    n++;
    const cap = n;
    fns.push(() => cap);
  } while ((await p(n)) < 3);
  console.log(fns.map((f) => f()));
  const results = [];
  for (const v of [1, 2, 3]) {
    results.push(v * (await p(v)));
  }
  console.log(results);
  try {
    for (const y of await p(5)) console.log(y);
  } catch (e) {
    console.log(e.message);
  }
}
main();
