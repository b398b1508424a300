// headersDistinct and trailersDistinct: every value of each field, in
// arrival order, as arrays under lower-case names (no joining, unlike
// headers), in objects without a prototype, on both sides of a connection.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  console.log('server headersDistinct', req.headersDistinct);
  console.log('server headers x-a', req.headers['x-a']);
  req.resume();
  req.on('end', () => {
    console.log('server trailersDistinct', req.trailersDistinct);
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.end('ok');
  });
});

// A raw response with repeated fields and trailers.
const raw = net.createServer((socket) => {
  socket.once('data', () => {
    socket.end('HTTP/1.1 200 OK\r\nX-B: one\r\nx-b: two\r\nTransfer-Encoding: chunked\r\n\r\n' +
      '2\r\nok\r\n0\r\nX-T: 1\r\nx-t: 2\r\nX-U: 3\r\n\r\n');
  });
});

server.listen(0, '127.0.0.1', () => {
  const req = http.request({
    port: server.address().port, host: '127.0.0.1', method: 'POST', agent: false,
    headers: { Host: 'example', 'X-A': ['1', '2'] },
  }, (res) => {
    console.log('client headersDistinct set-cookie', res.headersDistinct['set-cookie'],
      'x-missing', res.headersDistinct['x-missing']);
    res.resume();
    res.on('end', () => {
      server.close();
      raw.listen(0, '127.0.0.1', () => {
        http.get({ port: raw.address().port, host: '127.0.0.1', agent: false }, (res2) => {
          console.log('raw headersDistinct x-b', res2.headersDistinct['x-b'], 'headers x-b', res2.headers['x-b']);
          res2.resume();
          res2.on('end', () => {
            console.log('raw trailersDistinct', res2.trailersDistinct);
            raw.close();
          });
        });
      });
    });
  });
  req.end('body');
});
