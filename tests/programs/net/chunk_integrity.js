// A megabyte of varied bytes, written in pieces of many sizes, comes back
// through an echo server unchanged and in order; no 'data' chunk is larger
// than a 64 KiB read.
const net = require('net');

const total = 1 << 20;
const sent = Buffer.alloc(total);
let seed = 12345;
for (let i = 0; i < total; i++) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  sent[i] = seed >> 16;
}

let serverMax = 0;
const server = net.createServer((sock) => {
  sock.on('data', (d) => {
    serverMax = Math.max(serverMax, d.length);
    sock.write(d);
  });
  sock.on('end', () => sock.end());
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const parts = [];
  let clientMax = 0;
  c.on('data', (d) => {
    clientMax = Math.max(clientMax, d.length);
    parts.push(d);
  });
  c.on('end', () => {
    const back = Buffer.concat(parts);
    console.log('echoed', back.length, 'of', total, 'bytes; equal:', back.equals(sent));
    console.log('largest chunks within 64 KiB:', serverMax <= 65536, clientMax <= 65536);
    server.close(() => console.log('server closed'));
  });
  let at = 0;
  let size = 1;
  function pump() {
    while (at < total) {
      const piece = sent.subarray(at, Math.min(total, at + size));
      at += piece.length;
      size = (size * 7 + 3) % 100003;
      if (!c.write(piece)) {
        c.once('drain', pump);
        return;
      }
    }
    c.end();
  }
  pump();
});
