// async functions: await values and promises, errors, ordering with sync code.
async function double(x) {
  const v = await x;
  return v * 2;
}
async function main() {
  console.log('main start');
  const a = await double(21);
  console.log('a', a);
  const b = await Promise.resolve(5);
  console.log('b', b);
  try {
    await Promise.reject(new Error('nope'));
  } catch (e) {
    console.log('caught', e.message);
  }
  for (const x of [1, 2, 3]) {
    const y = await double(x);
    console.log('loop', y);
  }
  return 'done';
}
main().then((r) => console.log('result', r));
console.log('sync end');
const arrow = async () => { throw new TypeError('arrow failed'); };
arrow().catch((e) => console.log('arrow caught', e.name));
class K { async m() { const t = await this.v(); return t + 1; } v() { return 41; } }
new K().m().then((v) => console.log('method', v));
(async () => {
  const order = [];
  const p1 = (async () => { order.push('p1 start'); await null; order.push('p1 end'); })();
  order.push('after p1 call');
  await p1;
  console.log(order);
})();
