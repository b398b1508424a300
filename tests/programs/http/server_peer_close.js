// A client that goes away while the server is still answering: the request
// is 'aborted' and the response hears 'close' (no hang, no leaked socket).
// Then a client that half-closes after its request: the server, not
// half-open by default, ends its side too, and an answer written after
// that neither goes out nor emits 'finish'.
const http = require('http');
const net = require('net');

function destroyMidResponse(port) {
  return new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', path: '/destroyed', agent: false }, (res) => {
      res.on('error', () => {});
      res.once('data', () => req.destroy());
    });
    req.on('close', () => console.log('client: request closed'));
    server.once('response closed', resolve);
  });
}

function halfClose(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.end('GET /half-closed HTTP/1.1\r\nHost: x\r\n\r\n');
    });
    socket.on('data', (d) => console.log('client: got', JSON.stringify(String(d))));
    socket.on('end', () => console.log('client: end'));
    socket.on('close', () => {
      console.log('client: close');
      server.once('answered', resolve);
    });
  });
}

const server = http.createServer((req, res) => {
  console.log('server:', req.url);
  req.on('aborted', () => console.log('server: request aborted', req.url));
  req.on('close', () => console.log('server: request close', req.url));
  res.on('finish', () => console.log('server: response finish', req.url));
  res.on('close', () => {
    console.log('server: response close', req.url);
    server.emit('response closed');
  });
  if (req.url === '/destroyed') {
    res.write('partial');
  } else {
    setTimeout(() => {
      console.log('server: answering late, writable', res.writable !== false);
      res.end('late');
      setTimeout(() => server.emit('answered'), 50);
    }, 50);
  }
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await destroyMidResponse(port);
  await halfClose(port);
  server.close(() => console.log('server closed'));
});
