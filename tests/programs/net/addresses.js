// Addresses and counters: server.address(), the two ends' local and remote
// addresses and ports, bytesRead and bytesWritten (UTF-8 bytes, not
// characters), and the socket's state properties.
const net = require('net');

const server = net.createServer((socket) => {
  console.log('server side:', socket.remoteAddress, socket.remoteFamily,
    socket.localAddress, socket.localPort === server.address().port);
  socket.on('data', (chunk) => {
    socket.end(chunk);
  });
  socket.on('close', () => {
    console.log('server bytesRead', socket.bytesRead, 'bytesWritten', socket.bytesWritten);
    server.close();
  });
});

console.log('before listen:', server.address(), server.listening);
server.listen(0, '127.0.0.1', () => {
  console.log('listening:', server.listening, Object.keys(server.address()));
  const port = server.address().port;
  const client = net.connect({ port, host: '127.0.0.1' });
  console.log('connecting:', client.connecting, client.pending, client.readyState);
  client.on('connect', () => {
    console.log('client side:', client.remotePort === port, client.remoteAddress,
      typeof client.localPort, client.readyState, client.connecting);
    client.write('héllo');
  });
  client.on('data', (chunk) => console.log('client got', chunk.length, 'bytes'));
  client.on('end', () => console.log('client readyState after end', client.readyState));
  client.on('close', () => {
    console.log('client bytesRead', client.bytesRead, 'bytesWritten', client.bytesWritten);
    console.log('destroyed', client.destroyed, client.readyState);
  });
});
