// Bytes per suspended generator and per suspended async call: hold 100,000 of
// each, suspended inside a loop with a few live locals, and compare RSS.
const N = 100000;
function* counter(start) {
  let total = start;
  for (let i = 0; ; i++) {
    const step = yield total;
    total += step === undefined ? i : step;
  }
}
function rss() {
  return process.memoryUsage().rss;
}
const before = rss();
const gens = [];
for (let i = 0; i < N; i++) {
  const g = counter(i);
  g.next();
  g.next(1);
  gens.push(g);
}
const afterGens = rss();
let release;
const gate = new Promise((resolve) => (release = resolve));
async function waiter(i) {
  let acc = i;
  for (let k = 0; k < 2; k++) {
    const v = await gate;
    acc += v;
  }
  return acc;
}
const calls = [];
for (let i = 0; i < N; i++) calls.push(waiter(i));
const afterAsync = rss();
console.log("bytes per suspended generator:", Math.round((afterGens - before) / N));
console.log("bytes per suspended async call (with its promise):", Math.round((afterAsync - afterGens) / N));
release(1);
Promise.all(calls).then((r) => console.log("done", r.length, gens.length));
