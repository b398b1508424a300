// Async arrows with expression bodies, `return` of composite expressions and
// concurrent async functions interleaving.
const delay = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
const double = async (x) => (await delay(1, x)) * 2;
const pair = async () => [await double(1), await double(2)];
async function worker(name, ms) {
  const out = [];
  for (let i = 0; i < 3; i++) out.push(name + (await delay(ms, i)));
  return out.join(' ');
}
async function main() {
  console.log(await double(21));
  console.log(await pair());
  console.log(await Promise.all([worker('a', 3), worker('b', 2)]));
  return { sum: (await double(1)) + (await double(2)) };
}
main().then((v) => console.log(v));
