// The client reads each way a response can be framed: a HEAD answer that
// announces a length but has no body, 204, chunked with trailers, a body up
// to the close, a 1xx before the real head; then a large response it pauses
// half way (the parser holds the rest until resume()).
const http = require('http');
const net = require('net');

const raw = {
  '/head': 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n',
  '/nocontent': 'HTTP/1.1 204 No Content\r\n\r\n',
  '/chunked': 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n' +
    '5\r\nhello\r\n6\r\n world\r\n0\r\nX-Sum: 11\r\n\r\n',
  '/close': 'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nall of it until the end',
  '/info': 'HTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok',
  '/bad': 'HTTP/1.1 200 OK\r\nContent-Length: nope\r\n\r\n',
};
const BIG = 3 * 1024 * 1024;

const server = net.createServer((socket) => {
  let head = '';
  socket.setEncoding('latin1');
  socket.on('data', (d) => {
    head += d;
    if (!head.includes('\r\n\r\n')) return;
    const path = head.split(' ')[1];
    head = '';
    if (path === '/big') {
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: ' + BIG + '\r\nConnection: close\r\n\r\n');
      socket.end(Buffer.alloc(BIG, 'b'));
    } else {
      socket.end(raw[path], 'latin1');
    }
  });
  socket.on('error', () => {});
});

function get(port, path, method) {
  return new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', path, method: method || 'GET', agent: false }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log(path, res.statusCode, JSON.stringify(body), JSON.stringify(res.trailers));
        resolve();
      });
    });
    req.on('information', (info) => console.log(path, 'information', info.statusCode));
    req.on('error', (err) => {
      console.log(path, 'error', err.code, err.message);
      resolve();
    });
    req.end();
  });
}

function big(port) {
  return new Promise((resolve) => {
    http.get({ port, host: '127.0.0.1', path: '/big', agent: false }, (res) => {
      let received = 0;
      let whilePaused = 0;
      let paused = false;
      res.on('data', (chunk) => {
        if (paused) whilePaused++;
        received += chunk.length;
        if (!paused && received >= BIG / 2 && received - chunk.length < BIG / 2) {
          paused = true;
          res.pause();
          setTimeout(() => {
            paused = false;
            res.resume();
          }, 30);
        }
      });
      res.on('end', () => {
        console.log('/big', received, 'data while paused', whilePaused);
        resolve();
      });
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  await get(port, '/head', 'HEAD');
  await get(port, '/nocontent');
  await get(port, '/chunked');
  await get(port, '/close');
  await get(port, '/info');
  await get(port, '/bad');
  await big(port);
  server.close(() => console.log('closed'));
});
