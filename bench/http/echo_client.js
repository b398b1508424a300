// The echo benchmark's client (run under node): CONNECTIONS connections each
// push MEGABYTES through the echo server and read it all back; prints one
// line of JSON with the throughput. `echo_client.js PORT [CONNECTIONS] [MB]`.
const net = require('net');

const port = Number(process.argv[2]);
const CONNECTIONS = Number(process.argv[3] || 10);
const MEGABYTES = Number(process.argv[4] || 20);
const CHUNK = Buffer.alloc(64 * 1024, 'x');

function run() {
  return new Promise((resolve, reject) => {
    const total = MEGABYTES * 1024 * 1024;
    let sent = 0;
    let received = 0;
    const socket = net.connect(port, '127.0.0.1', pump);
    function pump() {
      while (sent < total) {
        sent += CHUNK.length;
        if (!socket.write(CHUNK)) {
          socket.once('drain', pump);
          return;
        }
      }
    }
    socket.on('data', (chunk) => {
      received += chunk.length;
      if (received >= total) {
        socket.destroy();
        resolve(received);
      }
    });
    socket.on('error', reject);
  });
}

async function main() {
  const start = process.hrtime.bigint();
  const results = await Promise.all(Array.from({ length: CONNECTIONS }, run));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const bytes = results.reduce((a, b) => a + b, 0);
  console.log(JSON.stringify({ connections: CONNECTIONS, megabytes: bytes / 1048576, seconds,
    mbPerSecond: Math.round(bytes / 1048576 / seconds) }));
}

main();
