// A TCP server that accepts connections and keeps them open and idle (it
// only watches for their end). Prints `listening on PORT`; the driver reads
// the server's RSS from /proc/PID/status once the client is connected.
'use strict';
const net = require('net');

let open = 0;
const server = net.createServer((sock) => {
  open++;
  sock.on('error', () => {});
  sock.on('close', () => { open--; });
});
server.listen(0, '127.0.0.1', () => {
  console.log('listening on ' + server.address().port);
});
