// A TCP echo server for the throughput benchmark: `echo_server.js PORT`.
const net = require('net');

const server = net.createServer((socket) => {
  socket.pipe(socket);
});
server.listen(Number(process.argv[2] || 9090), '127.0.0.1', () => {
  console.log('listening on', server.address().port);
});
