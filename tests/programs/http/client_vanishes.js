// Clients that go away: one sends half a head and leaves, one sends a head
// and half its body and leaves (the request sees 'aborted' and 'close'), one
// resets the connection. The server never crashes and keeps serving.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  console.log('request', req.url);
  req.on('data', () => {});
  req.on('aborted', () => console.log('aborted', req.url, 'complete', req.complete));
  req.on('close', () => console.log('request close', req.url));
  req.on('end', () => res.end('ok'));
});

function vanish(port, text, how) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(text);
      setTimeout(() => {
        if (how === 'reset') socket.resetAndDestroy();
        else socket.destroy();
      }, 30);
    });
    socket.on('close', () => setTimeout(resolve, 30));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await vanish(port, 'GET /half-head HTTP/1.1\r\nHost: x\r\nAcc', 'destroy');
  await vanish(port, 'POST /half-body HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n0123456789', 'destroy');
  await vanish(port, 'POST /reset HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n0123', 'reset');
  http.get({ host: '127.0.0.1', port, path: '/after' }, (res) => {
    res.resume();
    res.on('end', () => {
      console.log('still serving:', res.statusCode);
      server.close();
    });
  });
});
