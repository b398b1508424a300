// server.close() stops accepting at once but 'close' waits for the open
// connections; closing a server that is not running reports
// ERR_SERVER_NOT_RUNNING through the callback.
const net = require('net');

const server = net.createServer((socket) => {
  server.getConnections((err, count) => console.log('connections:', err, count));
  server.close(() => console.log('server close callback'));
  console.log('listening after close():', server.listening);
  socket.on('data', (chunk) => socket.end(chunk));
});
server.once('close', () => {
  console.log('server close event');
  setTimeout(() => {
    server.close((err) => console.log('second close:', err.code, err.message));
  }, 1);
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.on('connect', () => {
    setTimeout(() => client.write('still served'), 20);
  });
  client.setEncoding('utf8');
  client.on('data', (chunk) => console.log('client got', JSON.stringify(chunk)));
  client.on('close', () => console.log('client close'));
});
