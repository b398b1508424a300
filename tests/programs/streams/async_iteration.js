// for await over a Readable, and breaking out early destroys the stream.
const { Readable } = require('stream');

function counter(limit) {
  let i = 0;
  return new Readable({
    objectMode: true,
    read() {
      i++;
      this.push(i <= limit ? { i } : null);
    },
  });
}

async function main() {
  for await (const item of counter(3)) console.log('item', item);
  const r = counter(100);
  r.on('close', () => console.log('closed early, destroyed =', r.destroyed));
  for await (const item of r) {
    console.log('first', item);
    if (item.i === 2) break;
  }
  const it = counter(1)[Symbol.asyncIterator]();
  console.log(await it.next());
  console.log(await it.next());
  const failing = new Readable({
    read() {
      this.destroy(new Error('nope'));
    },
  });
  try {
    for await (const x of failing) console.log('never', x);
  } catch (err) {
    console.log('caught', err.message);
  }
}
main().then(() => console.log('main done'));
