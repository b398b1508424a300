// When 'end', 'finish', 'prefinish' and 'close' fire on a PassThrough and a
// Duplex, relative to nextTick and promise callbacks.
const { PassThrough, Duplex } = require('stream');

const log = (m) => console.log(m);
const pt = new PassThrough();
for (const ev of ['prefinish', 'finish', 'end', 'close']) pt.on(ev, () => log('pt ' + ev));
pt.on('data', (d) => log('pt data ' + d));
pt.end('x');
process.nextTick(() => log('tick A'));
Promise.resolve().then(() => log('micro A'));

setTimeout(() => {
  const d = new Duplex({
    read() {},
    write(c, e, cb) {
      log('duplex write ' + c);
      cb();
    },
  });
  for (const ev of ['finish', 'end', 'close']) d.on(ev, () => log('duplex ' + ev));
  d.on('data', () => {});
  d.end('y');
  d.push(null);
  process.nextTick(() => log('tick B'));
  setImmediate(() => log('immediate B'));
}, 1);
