// The job order of async generator steps interleaved with promise reactions.
const log = [];
function tick(label, n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) {
    p = p.then(() => log.push(`${label}${i}`));
  }
}

async function* gen() {
  log.push('start');
  yield 1;
  log.push('after yield 1');
  await null;
  log.push('after await');
  yield Promise.resolve(2);
  log.push('after yield 2');
  return 3;
}

async function main() {
  const it = gen();
  tick('t', 8);
  it.next().then((r) => log.push(`next1 ${r.value} ${r.done}`));
  it.next().then((r) => log.push(`next2 ${r.value} ${r.done}`));
  it.next().then((r) => log.push(`next3 ${r.value} ${r.done}`));
  it.next().then((r) => log.push(`next4 ${r.value} ${r.done}`));
  log.push('sync end');
}

main().then(() => {
  setTimeout(() => console.log(log.join('\n')), 0);
});
