// ClientRequest#setTimeout: once the socket has been idle that long, the
// request emits 'timeout' (the callback first); destroying it then fails
// it with 'socket hang up'. A timeout longer than the answer never fires.
const http = require('http');

const server = http.createServer((req, res) => {
  setTimeout(() => res.end('late ' + req.url), req.url === '/slow' ? 200 : 0);
});

function get(port, path, ms, destroyOnTimeout) {
  return new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', path, agent: false }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (d) => console.log(path, 'body', d));
    });
    const returned = req.setTimeout(ms, () => {
      console.log(path, 'timeout callback');
      if (destroyOnTimeout) req.destroy();
    });
    console.log(path, 'setTimeout returns the request:', returned === req);
    req.on('timeout', () => console.log(path, 'timeout event'));
    req.on('error', (e) => console.log(path, 'error', e.code, e.message));
    req.on('close', () => {
      console.log(path, 'close');
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await get(port, '/slow', 30, false);
  await get(port, '/slow', 30, true);
  await get(port, '/fast', 1000, false);
  server.closeAllConnections();
  server.close(() => console.log('done'));
});
