// Requests that arrive in one packet (pipelining) are answered one at a time,
// in order, each after the previous response, as node does; a chunked body
// split at awkward places is put back together.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log(req.method, req.url, JSON.stringify(body));
    setTimeout(() => res.end(req.url), req.url === '/slow' ? 30 : 0);
  });
});

server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  const all = 'GET /slow HTTP/1.1\r\nHost: x\r\n\r\n' +
    'POST /chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n' +
    '3\r\nabc\r\n4;ext=1\r\nde\u00e9f\r\n0\r\nX-Trailer: 1\r\n\r\n' +
    'POST /length HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nwxyz' +
    'GET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
  const bytes = Buffer.from(all, 'latin1');
  // Sent in uneven pieces, a few bytes at a time.
  let at = 0;
  const sizes = [7, 30, 3, 50, 1, 64];
  let i = 0;
  (function next() {
    if (at >= bytes.length) return;
    const n = sizes[i++ % sizes.length];
    socket.write(bytes.subarray(at, at + n));
    at += n;
    setImmediate(next);
  })();
  let text = '';
  socket.setEncoding('latin1');
  socket.on('data', (d) => { text += d; });
  socket.on('end', () => {
    const bodies = text.split('\r\n\r\n').slice(1).map((b) => b.split('HTTP/1.1')[0]);
    console.log('answers:', bodies.join(' '));
    server.close(() => console.log('closed'));
  });
});
