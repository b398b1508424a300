// A client request's write callbacks, end callback and 'finish' come in
// node's order, once the bytes are written; 'finish' never comes when the
// connection is refused; a write after end() gives its callback, then
// 'error', ERR_STREAM_WRITE_AFTER_END.
const http = require('http');
const net = require('net');

function order(port) {
  return new Promise((resolve) => {
    const log = [];
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', agent: false }, (res) => {
      log.push('response');
      res.resume();
      res.on('end', () => {
        console.log(log.join(', '));
        resolve();
      });
    });
    log.push('write returns ' + req.write('a', () => log.push('write callback')));
    req.end('b', () => log.push('end callback'));
    req.on('finish', () => log.push('finish'));
    req.on('socket', () => log.push('socket'));
    process.nextTick(() => log.push('tick'));
  });
}

function writeAfterEnd(port) {
  return new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', agent: false }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.end('x');
    req.on('error', (e) => console.log('after end: error', e.code));
    console.log('after end: write returns', req.write('y', (err) => console.log('after end: callback', err.code)));
  });
}

function refused() {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const port = probe.address().port;
      probe.close(() => {
        const req = http.get({ port, host: '127.0.0.1' });
        req.on('finish', () => console.log('refused: finish'));
        req.on('error', (e) => console.log('refused: error', e.code));
        req.on('close', () => {
          console.log('refused: close');
          resolve();
        });
      });
    });
  });
}

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => {
    body += d;
  });
  req.on('end', () => res.end('got ' + body));
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await order(port);
  await writeAfterEnd(port);
  await refused();
  server.close(() => console.log('done'));
});
