// setEncoding('utf8'): multi-byte characters split across writes (and so,
// across TCP segments) still arrive whole, because the decoder holds back an
// unfinished character until the rest comes.
const net = require('net');

const text = 'naïve café — 日本語 😀 done';

const server = net.createServer((socket) => {
  socket.setEncoding('utf8');
  const chunks = [];
  socket.on('data', (chunk) => chunks.push(chunk));
  socket.on('end', () => {
    const joined = chunks.join('');
    console.log(joined === text, JSON.stringify(joined));
    console.log('every chunk is a string:', chunks.every((c) => typeof c === 'string'));
    console.log('no replacement characters:', !joined.includes('\ufffd'));
    server.close();
  });
});

// The UTF-8 encoding of `s`, one character per byte.
function utf8Bytes(s) {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c < 0x80) out += ch;
    else if (c < 0x800) out += String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) {
      out += String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    } else {
      out += String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63),
        0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
  }
  return out;
}

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    // Write the UTF-8 bytes one at a time, a few milliseconds apart.
    const bytes = utf8Bytes(text);
    let i = 0;
    (function next() {
      if (i === bytes.length) {
        client.end();
        return;
      }
      client.write(bytes[i++], 'latin1');
      if (i % 7 === 0) setTimeout(next, 2);
      else next();
    })();
  });
});
