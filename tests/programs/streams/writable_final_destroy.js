// final() runs before 'finish'; destroy(err) emits 'error' then 'close', and
// writes after end() or destroy() fail with node's error codes.
const { Writable } = require('stream');

const w = new Writable({
  write(chunk, enc, cb) {
    console.log('write', chunk.toString());
    cb();
  },
  final(cb) {
    console.log('final');
    setTimeout(cb, 1);
  },
});
w.on('finish', () => console.log('finish'));
w.on('close', () => {
  console.log('close 1');
  const w2 = new Writable({
    write(chunk, enc, cb) {
      cb();
    },
  });
  w2.on('error', (err) => console.log('w2 error:', err.message));
  w2.on('close', () => {
    console.log('w2 close, destroyed:', w2.destroyed);
    w2.write('late', (err) => console.log('late write cb:', err.code));
  });
  w2.destroy(new Error('boom'));
});
w.write('a');
w.end('b');
w.write('c', (err) => console.log('write after end cb:', err.code, err.message));
w.on('error', (err) => console.log('error event:', err.code));
