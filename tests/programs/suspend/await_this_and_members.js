// Member calls keep their receiver when arguments await; the method is read
// before the arguments are evaluated.
class Counter {
  constructor() { this.n = 0; }
  add(k) { this.n += k; return this; }
  async slow(k) { await null; return k * 2; }
}
async function main() {
  const c = new Counter();
  c.add(await c.slow(1)).add(await c.slow(2));
  console.log(c.n);
  const o = {
    f() { return 'old'; },
  };
  const swap = async () => { o.f = () => 'new'; return 1; };
  console.log(o.f(await swap()));
  o.value = await Promise.resolve(42);
  console.log(o.value);
  const key = { k: 'x' };
  const target = {};
  target[key.k] = await Promise.resolve('computed');
  console.log(target);
  console.log(new Map([[await Promise.resolve('a'), 1]]).get('a'));
  console.log((await Promise.resolve('str')).toUpperCase());
  const maybe = await Promise.resolve(null);
  console.log(maybe?.x, (await Promise.resolve({ y: 3 }))?.y);
  class Sub extends Counter {
    async go() { return super.add(await Promise.resolve(7)).n; }
  }
  console.log(await new Sub().go());
}
main();
