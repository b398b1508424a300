// require('stream/promises').pipeline and stream.promises.finished.
const { pipeline, finished } = require('stream/promises');
const stream = require('stream');

async function main() {
  const out = [];
  await pipeline(
    stream.Readable.from(['1', '2', '3']),
    new stream.Writable({
      objectMode: true,
      write(chunk, enc, cb) {
        out.push(Number(chunk) * 10);
        cb();
      },
    })
  );
  console.log('pipeline resolved', out);
  const failing = new stream.Readable({
    read() {
      this.destroy(new Error('read failed'));
    },
  });
  try {
    await pipeline(failing, new stream.PassThrough());
  } catch (err) {
    console.log('pipeline rejected:', err.message);
  }
  const r = stream.Readable.from(['x']);
  r.resume();
  await finished(r);
  console.log('finished resolved, ended:', r.readableEnded);
}
main();
