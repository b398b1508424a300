// A request body the handler pauses is held back: no 'data' arrives while
// paused, and every byte arrives after resume(), in order. Node's figures
// (how many chunks) differ by machine, so only totals are printed.
const http = require('http');

const SIZE = 4 * 1024 * 1024;
const server = http.createServer((req, res) => {
  let received = 0;
  let sum = 0;
  let whilePaused = 0;
  let paused = false;
  req.on('data', (chunk) => {
    if (paused) whilePaused++;
    // Every 4096th byte of the whole body, wherever the chunks were cut.
    for (let i = (4096 - (received % 4096)) % 4096; i < chunk.length; i += 4096) {
      sum = (sum + chunk[i]) % 65536;
    }
    received += chunk.length;
    if (received >= SIZE / 2 && received - chunk.length < SIZE / 2) {
      req.pause();
      paused = true;
      setTimeout(() => {
        paused = false;
        req.resume();
      }, 50);
    }
  });
  req.on('end', () => {
    console.log('received', received, 'checksum', sum, 'data while paused', whilePaused);
    res.end('ok');
  });
});

server.listen(0, '127.0.0.1', () => {
  const body = Buffer.alloc(SIZE);
  for (let i = 0; i < SIZE; i += 4096) body[i] = (i / 4096) % 251;
  const req = http.request({
    port: server.address().port, host: '127.0.0.1', method: 'POST', path: '/',
    headers: { 'Content-Length': SIZE },
  }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('response', res.statusCode, d));
    res.on('end', () => server.close(() => console.log('closed')));
  });
  req.end(body);
});
