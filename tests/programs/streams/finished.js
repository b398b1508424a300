// stream.finished(stream, cb) for success, errors and premature close.
const { finished, Readable, Writable, PassThrough } = require('stream');

const r = Readable.from(['a']);
finished(r, (err) => console.log('readable finished, err =', err));
r.resume();

const w = new Writable({
  write(c, e, cb) {
    cb(new Error('write failed'));
  },
});
w.on('error', () => {});
finished(w, (err) => console.log('writable finished with:', err.message));
w.write('x');

const pt = new PassThrough();
finished(pt, (err) => console.log('premature:', err.code, err.message));
pt.destroy();
