// write() returns false once the buffered length reaches highWaterMark; the
// writer waits for 'drain' before writing more. end(cb), 'finish' and 'close'.
const { Writable } = require('stream');

const written = [];
const w = new Writable({
  highWaterMark: 10,
  write(chunk, encoding, callback) {
    written.push(chunk.toString());
    setTimeout(callback, 1);
  },
});

let i = 0;
function writeSome() {
  while (i < 12) {
    const ok = w.write('item' + i + ',');
    console.log('write', i, '->', ok, 'length', w.writableLength, 'needDrain', w.writableNeedDrain);
    i++;
    if (!ok) {
      w.once('drain', () => {
        console.log('drain');
        writeSome();
      });
      return;
    }
  }
  w.end('last', () => console.log('end callback'));
}
w.on('finish', () => console.log('finish', written.length, written.join('')));
w.on('close', () => console.log('close'));
writeSome();
