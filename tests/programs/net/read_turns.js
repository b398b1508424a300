// Two connections stream into one server at once, after both were paused
// long enough for the kernel's buffers to fill. The server reads a socket
// several times in a row while its reads fill the buffer (at most 32, as
// libuv), then gives the other its turn; how the turns fall depends on
// timing, in node as here, so this checks what does not: each stream
// arrives whole and in order, in chunks of at most 64 KiB.
const net = require('net');

const SIZE = 4 * 1024 * 1024;
// A 251-byte pattern (a prime length, so it does not line up with the
// chunks) repeated: a byte out of place or a chunk twice would show.
const payload = (seed) =>
  Buffer.alloc(SIZE, Buffer.from(Array.from({ length: 251 }, (_, i) => (i * 7 + seed) & 0xff)));
const sent = [payload(1), payload(2)];
const received = [[], []];
const accepted = [];
let ended = 0;

const server = net.createServer((socket) => {
  socket.pause();
  accepted.push(socket);
  let id = -1;
  socket.on('data', (chunk) => {
    if (id < 0) id = chunk[0] === sent[0][0] ? 0 : 1;
    received[id].push(chunk);
  });
  socket.on('end', () => {
    socket.end();
    if (++ended === 2) report();
  });
});

function report() {
  for (const id of [0, 1]) {
    const whole = Buffer.concat(received[id]);
    console.log(`connection ${id}: ${whole.length} bytes, intact: ${whole.equals(sent[id])}`);
  }
  const all = received[0].concat(received[1]);
  console.log('no chunk over 64 KiB:', all.every((c) => c.length <= 65536));
  server.close();
}

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  for (const data of sent) {
    const c = net.connect(port, '127.0.0.1', () => c.end(data));
    c.resume();
  }
  // Both senders fill the kernel's buffers before the server reads.
  setTimeout(() => {
    for (const s of accepted) s.resume();
  }, 100);
});
