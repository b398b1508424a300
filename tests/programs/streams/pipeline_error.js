// An error in the middle of a pipeline destroys every stream and reaches the
// callback once.
const { pipeline, Readable, Transform, PassThrough } = require('stream');

const source = new Readable({
  read() {
    this.push('data');
  },
});
const failing = new Transform({
  transform(chunk, enc, cb) {
    cb(new Error('transform failed'));
  },
});
const sink = new PassThrough();
source.on('close', () => console.log('source close, destroyed:', source.destroyed));
sink.on('close', () => console.log('sink close'));
pipeline(source, failing, sink, (err) => {
  console.log('callback:', err.message);
  console.log('destroyed:', source.destroyed, failing.destroyed, sink.destroyed);
});
try {
  pipeline(source);
} catch (err) {
  console.log(err.code, err.message);
}
