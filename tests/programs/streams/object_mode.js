// objectMode counts objects, not bytes, against highWaterMark, and passes
// values through unchanged.
const { Readable, Writable, PassThrough } = require('stream');

const r = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
console.log(r.push({ a: 1 }), r.push([1, 2]), r.push('s'), r.readableLength);
console.log('objectMode:', r.readableObjectMode, 'hwm:', r.readableHighWaterMark);
const seen = [];
const w = new Writable({
  objectMode: true,
  highWaterMark: 1,
  write(obj, enc, cb) {
    seen.push(obj);
    process.nextTick(cb);
  },
});
const pt = new PassThrough({ objectMode: true });
r.pipe(pt).pipe(w);
r.push(42);
r.push(null);
w.on('finish', () => console.log('seen', seen));
console.log('default hwm:', new Readable().readableHighWaterMark, new Writable().writableHighWaterMark);
