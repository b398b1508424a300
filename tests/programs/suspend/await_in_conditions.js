// Conditions of if / while / do-while / for / switch containing await are
// evaluated again on every iteration; `continue` and labels still work.
const p = (x) => Promise.resolve(x);
async function main() {
  if (await p(1)) console.log('if taken');
  if (!(await p(0))) console.log('negated');
  let i = 0;
  while ((await p(i)) < 3) {
    i++;
    if (i === 2) continue;
    console.log('while', i);
  }
  let j = 0;
  do {
    j++;
    if (j === 1) continue;
    console.log('do', j);
  } while ((await p(j)) < 3);
  for (let k = await p(0); k < (await p(3)); k += await p(1)) {
    if (k === 1) continue;
    console.log('for', k);
  }
  const fns = [];
  for (let k = 0; k < (await p(3)); k++) fns.push(() => k);
  console.log(fns.map((f) => f()));
  outer: for (let a = 0; a < 3; a++) {
    let b = 0;
    while (await p(b < 3)) {
      b++;
      if (b === 2) continue outer;
      if (a === 2) break outer;
      console.log('labeled', a, b);
    }
  }
  switch (await p('b')) {
    case 'a': console.log('a'); break;
    case 'b': console.log('b'); break;
  }
  for (const x of await p([1, 2])) console.log('of', x);
  for (const k in await p({ u: 1, w: 2 })) console.log('in', k);
  const t = (await p(2)) > 1 ? 'big' : 'small';
  console.log(t);
}
main();
