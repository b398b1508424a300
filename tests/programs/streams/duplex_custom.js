// A Duplex whose two sides are independent: writes are logged, reads come
// from a queue; allowHalfOpen false ends the writable side after 'end'.
const { Duplex } = require('stream');

const queue = ['r1', 'r2'];
const d = new Duplex({
  allowHalfOpen: false,
  read() {
    this.push(queue.length ? queue.shift() : null);
  },
  write(chunk, enc, cb) {
    console.log('wrote', chunk.toString());
    cb();
  },
});
d.on('data', (c) => console.log('read', c.toString()));
d.on('end', () => console.log('end'));
d.on('finish', () => console.log('finish'));
d.on('close', () => console.log('close'));
d.write('w1');
console.log('readable:', d.readable, 'writable:', d.writable);
