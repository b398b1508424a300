// Backpressure: the client writes 64 KiB chunks until write() returns false
// (a write the kernel takes at once returns true),
// waits for 'drain', and repeats; the server pauses for a while so the
// queue fills. Every byte arrives and the write callbacks all run in order.
const net = require('net');

const CHUNK = 'x'.repeat(64 * 1024);
const ROUNDS = 3;
let expected = () => -1;

const server = net.createServer((socket) => {
  let bytes = 0;
  socket.pause();
  setTimeout(() => socket.resume(), 50);
  socket.on('data', (chunk) => {
    bytes += chunk.length;
  });
  socket.on('end', () => {
    console.log('server: received all', bytes === expected());
    server.close();
  });
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let written = 0;
  let callbacks = 0;
  let lastCallback = -1;
  let sawFalse = 0;
  let drains = 0;
  let round = 0;
  function pump() {
    while (true) {
      const n = written++;
      const ok = client.write(CHUNK, () => {
        if (n !== lastCallback + 1) console.log('callback out of order', n);
        lastCallback = n;
        callbacks++;
      });
      if (!ok) {
        sawFalse++;
        if (client.writableLength < client.writableHighWaterMark) {
          console.log('false below the high-water mark');
        }
        break;
      }
    }
    round++;
    if (round < ROUNDS) {
      client.once('drain', () => {
        drains++;
        pump();
      });
    } else {
      client.end(() => {
        console.log('client: all written', callbacks === written, 'false seen', sawFalse,
          'drains', drains);
      });
    }
  }
  client.on('connect', pump);
  client.on('close', () => {
    console.log('client: bytesWritten matches', client.bytesWritten === written * CHUNK.length);
  });
  expected = () => written * CHUNK.length;
});
