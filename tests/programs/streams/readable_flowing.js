// A Readable in flowing mode: 'data' as chunks are pushed, then 'end' and
// 'close', interleaved with nextTick and promise callbacks as node orders them.
const { Readable } = require('stream');

const chunks = ['alpha', 'beta', 'gamma'];
const r = new Readable({
  read() {
    const next = chunks.shift();
    console.log('_read ->', next === undefined ? 'EOF' : next);
    this.push(next === undefined ? null : next);
  },
});
r.setEncoding('utf8');
r.on('data', (chunk) => console.log('data', chunk));
r.on('end', () => {
  console.log('end');
  process.nextTick(() => console.log('tick after end'));
  Promise.resolve().then(() => console.log('microtask after end'));
});
r.on('close', () => console.log('close', r.destroyed, r.readableEnded));
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => console.log('microtask 1'));
console.log('flowing:', r.readableFlowing);
setImmediate(() => console.log('immediate'));
