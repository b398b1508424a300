// stream.pipeline with a callback: Readable.from → Transform → Writable.
const { pipeline, Readable, Transform, Writable } = require('stream');

const lines = [];
pipeline(
  Readable.from(['a', 'b', 'c']),
  new Transform({
    objectMode: true,
    transform(chunk, enc, cb) {
      cb(null, chunk + chunk);
    },
  }),
  new Writable({
    objectMode: true,
    write(chunk, enc, cb) {
      lines.push(chunk);
      cb();
    },
  }),
  (err) => {
    console.log('pipeline done, err =', err);
    console.log(lines);
  }
);
process.nextTick(() => console.log('tick'));
