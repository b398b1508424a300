// Errors streams raise, with node's codes and messages.
const { Readable, Writable } = require('stream');

const r = new Readable({ read() {} });
r.on('error', (err) => console.log('readable error:', err.code, err.message));
r.push(null);
r.push('after eof');

const noRead = new Readable();
noRead.on('error', (err) => console.log('no _read:', err.code, err.message));
noRead.read();

const w = new Writable({ write(c, e, cb) { cb(); } });
try {
  w.write(null);
} catch (err) {
  console.log('null write:', err.code, err.message);
}
try {
  w.write(42);
} catch (err) {
  console.log('number write:', err.code);
}
w.end();
w.end(() => {});
w.on('error', (err) => console.log('writable error:', err.code));

const unhandled = new Readable({
  read() {
    this.destroy(new Error('no listener'));
  },
});
process.on('uncaughtException', (err) => console.log('uncaught:', err.message));
unhandled.resume();
