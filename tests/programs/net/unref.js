// unref(): a server or socket that is unreferenced does not keep the
// process alive; ref() makes it count again. The program ends by itself
// while an unreferenced server still listens.
const net = require('net');

const idle = net.createServer();
idle.listen(0, '127.0.0.1', () => {
  console.log('idle server listening, unref');
  idle.unref();
});

const server = net.createServer((socket) => {
  socket.unref();
  socket.on('data', (chunk) => console.log('server got', String(chunk)));
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    client.write('ping');
    setTimeout(() => {
      console.log('unref the client and the server');
      client.unref();
      server.unref();
      console.log('idle still listening:', idle.listening);
    }, 30);
  });
});
