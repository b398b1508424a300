// Headers both ways: incoming names are lower-cased, duplicates follow
// node's rules (some joined with ', ', cookies with '; ', set-cookie kept as
// an array, single-valued ones keep the first), rawHeaders keeps the original
// case; outgoing ones are set, read, listed and removed.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  console.log(req.headers);
  console.log(req.rawHeaders);
  res.setHeader('X-Multi', ['a', 'b']);
  res.setHeader('Content-Type', 'text/plain');
  res.setHeader('X-Remove-Me', '1');
  console.log(res.getHeader('content-type'), res.hasHeader('X-MULTI'), res.hasHeader('nope'));
  res.removeHeader('x-remove-me');
  console.log(res.getHeaderNames(), res.getHeaders());
  try {
    res.setHeader('Bad Name', 'x');
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    res.setHeader('X-Undefined', undefined);
  } catch (e) {
    console.log(e.code, e.message);
  }
  res.end('done');
  try {
    res.setHeader('X-Late', '1');
  } catch (e) {
    console.log(e.code, e.message);
  }
  console.log('headersSent', res.headersSent);
});

server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1', () => {
    socket.write('GET /h HTTP/1.1\r\nHost: one\r\nhost: two\r\nAccept: a\r\nACCEPT: b\r\n' +
      'Cookie: x=1\r\nCookie: y=2\r\nSet-Cookie: s=1\r\nSet-Cookie: s=2\r\n' +
      'X-Custom:   padded   \r\nContent-Type: text/a\r\ncontent-type: text/b\r\n' +
      'Connection: close\r\n\r\n');
  });
  socket.setEncoding('latin1');
  let text = '';
  socket.on('data', (chunk) => {
    text += chunk;
  });
  socket.on('end', () => {
    console.log(JSON.stringify(text.replace(/Date: [^\r]*/, 'Date: <date>')));
    server.close();
  });
});
