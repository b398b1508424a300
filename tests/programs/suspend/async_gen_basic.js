// Async generator declarations, expressions and methods, consumed by hand.
async function* count(n) {
  for (let i = 0; i < n; i++) {
    yield i;
  }
  return 'done';
}

const expr = async function* named() {
  yield 'expr';
};

const obj = {
  async *gen() {
    yield 'object method';
  },
  async *['computed' + 1]() {
    yield 'computed';
  },
};

class Box {
  constructor(items) {
    this.items = items;
  }
  async *each() {
    for (const x of this.items) yield x * 10;
  }
  static async *make() {
    yield 'static';
  }
  async *[Symbol.asyncIterator]() {
    yield* this.items;
  }
}

async function main() {
  const it = count(3);
  console.log(await it.next());
  console.log(await it.next());
  console.log(await it.next());
  console.log(await it.next());
  console.log(await it.next());
  console.log((await expr().next()).value);
  console.log((await obj.gen().next()).value);
  console.log((await obj.computed1().next()).value);
  const b = new Box([1, 2, 3]);
  const e = b.each();
  console.log(await e.next(), await e.next());
  console.log((await Box.make().next()).value);
  const all = [];
  for await (const x of b) all.push(x);
  console.log(all);
  console.log(count, expr, obj.gen, Box.make);
  console.log(it, typeof it.next, String(it));
  console.log(Object.prototype.toString.call(it));
  console.log(it[Symbol.asyncIterator]() === it);
  console.log(count.name, count.length, expr.name, obj.computed1.name);
}

main();
