// socket.bytesRead counts the bytes an HTTP server's parser consumed, as
// node's handle does, and keeps its count after the socket closes.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log(req.method, req.url, 'body', body.length, 'bytesRead so far', req.socket.bytesRead);
    res.end('ok');
  });
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    client.write('GET /one HTTP/1.1\r\nHost: x\r\n\r\n');
    client.write('POST /two HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\nConnection: close\r\n\r\n0123456789');
  });
  let answer = '';
  client.setEncoding('latin1');
  client.on('data', (d) => { answer += d; });
  client.on('close', () => {
    console.log('client read', client.bytesRead, 'bytes; wrote', client.bytesWritten);
    server.close(() => console.log('closed'));
  });
  server.on('connection', (socket) => {
    socket.on('close', () => console.log('server socket closed, bytesRead', socket.bytesRead));
  });
});
