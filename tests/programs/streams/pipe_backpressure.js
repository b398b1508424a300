// pipe() pauses the source while the destination buffers past its
// highWaterMark and resumes it on 'drain'.
const { Readable, Writable } = require('stream');

let produced = 0;
const src = new Readable({
  highWaterMark: 4,
  read() {
    produced++;
    this.push(produced <= 6 ? 'x' + produced : null);
  },
});
const log = [];
const dst = new Writable({
  highWaterMark: 4,
  write(chunk, enc, cb) {
    log.push(chunk.toString());
    setTimeout(cb, 2);
  },
});
src.on('pause', () => log.push('(pause)'));
src.on('resume', () => log.push('(resume)'));
dst.on('drain', () => log.push('(drain)'));
dst.on('pipe', (s) => console.log('pipe event, same source:', s === src));
dst.on('unpipe', () => log.push('(unpipe)'));
dst.on('finish', () => {
  console.log(log.join(' '));
  console.log('finish after', produced, 'reads');
});
src.pipe(dst);
