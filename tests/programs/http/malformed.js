// Requests node's parser refuses, sent over plain TCP: garbage gets
// `400 Bad Request`, a head over 16 KiB gets `431 Request Header Fields Too
// Large`; either way the server closes the connection, no request handler
// runs, and the server keeps serving.
const http = require('http');
const net = require('net');

let handled = 0;
const server = http.createServer((req, res) => {
  handled++;
  res.end('ok');
});

function send(port, label, text, next) {
  const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
  socket.setEncoding('latin1');
  let answer = '';
  socket.on('data', (chunk) => {
    answer += chunk;
  });
  socket.on('error', (err) => console.log(label, 'error', err.code));
  socket.on('close', () => {
    console.log(label + ':', JSON.stringify(answer.replace(/Date: [^\r]*/, 'Date: <date>')));
    next();
  });
}

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const big = 'GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + 'a'.repeat(20 * 1024) + '\r\n\r\n';
  const cases = [
    ['garbage', 'this is not http\r\n\r\n'],
    ['bad header', 'GET / HTTP/1.1\r\nHost x\r\n\r\n'],
    ['too large', big],
    ['good', 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
  ];
  let i = 0;
  (function next() {
    if (i === cases.length) {
      console.log('requests handled:', handled);
      server.close();
      return;
    }
    const [label, text] = cases[i++];
    send(port, label, text, next);
  })();
});
