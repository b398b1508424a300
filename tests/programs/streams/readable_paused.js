// Paused mode: 'readable' events and read(n) pulling fixed-size pieces, with
// highWaterMark deciding when _read is called again.
const { Readable } = require('stream');

let n = 0;
const r = new Readable({
  highWaterMark: 8,
  encoding: 'utf8',
  read(size) {
    n++;
    console.log('_read', n, 'size', size, 'buffered', this.readableLength);
    if (n > 4) this.push(null);
    else this.push('chunk' + n + ';');
  },
});
r.on('readable', () => {
  let piece;
  console.log('readable, length', r.readableLength);
  while ((piece = r.read(5)) !== null) console.log('read(5):', JSON.stringify(piece));
});
r.on('end', () => console.log('end; flowing =', r.readableFlowing));
console.log('isPaused', r.isPaused());
