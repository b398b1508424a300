// stdin piped through a Transform into stdout: upper-cases every line.
const { Transform, pipeline } = require('stream');

const upper = new Transform({
  transform(chunk, encoding, callback) {
    callback(null, chunk.toString().toUpperCase());
  },
});
pipeline(process.stdin, upper, process.stdout, (err) => {
  console.error('pipeline done:', err === undefined ? 'ok' : err);
});
