// `await` as an operand: the left side is evaluated before the suspension.
let x = 1;
const later = (v) => new Promise((r) => setTimeout(() => r(v), 1));
async function bump() { x = 100; return 5; }
async function main() {
  console.log(x + (await bump()));
  x = 1;
  console.log((await later(2)) * 10 + (await later(3)));
  console.log(`a${await later('b')}c${1 + (await later(2))}`);
  console.log(-(await later(4)), !(await later(0)), typeof (await later('s')));
  const o = { a: await later(1), [await later('k')]: await later(2), ...(await later({ z: 9 })) };
  console.log(o);
  console.log((await later([1, 2, 3])).length, (await later({ p: { q: 7 } })).p.q);
  let total = 0;
  const add = async (n) => { total += await later(n); };
  await Promise.all([add(1), add(2), add(3)]);
  console.log('total', total);
  let s = 'x';
  s += await later('y');
  console.log(s);
  const arr = [1, 2];
  arr[await later(0)] += await later(10);
  console.log(arr);
}
main();
