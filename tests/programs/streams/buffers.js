// Byte streams hand out Buffers: strings pushed or written become Buffers,
// read(n) cuts and joins them, and setEncoding decodes a character split
// across two chunks.
const { Readable, Writable } = require('stream');

const r = new Readable({ read() {} });
r.push('hello ');
r.push(Buffer.from('wörld'));
console.log('length in bytes:', r.readableLength);
console.log(r.read(3), r.read(5), r.read());

const euro = Buffer.from('€uro');
const split = new Readable({ read() {} });
split.setEncoding('utf8');
split.on('data', (s) => console.log('decoded chunk:', JSON.stringify(s)));
split.push(euro.subarray(0, 2));
split.push(euro.subarray(2));
split.push(null);

const w = new Writable({
  write(chunk, encoding, cb) {
    console.log('got', Buffer.isBuffer(chunk), encoding, chunk);
    cb();
  },
});
w.write('text');
w.write('68690a', 'hex');
const keep = new Writable({
  decodeStrings: false,
  write(chunk, encoding, cb) {
    console.log('kept', typeof chunk, encoding, chunk);
    cb();
  },
});
keep.write('as is');
keep.write('aGk=', 'base64');
