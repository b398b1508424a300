// The ways a handler ends its response, and the bytes each one sends: the
// common `end(body)` (native), and the cases it leaves to http.js.
const http = require('http');
const net = require('net');

const cases = {
  '/string': (res) => res.end('hello'),
  '/latin1': (res) => res.end('caf\u00e9', 'latin1'),
  '/hex': (res) => res.end('68690a', 'hex'),
  '/buffer': (res) => res.end(Buffer.from('buf')),
  '/empty': (res) => res.end(),
  '/null': (res) => res.end(null),
  '/callback': (res) => res.end('cb', () => console.log('  end callback ran')),
  '/encoding-callback': (res) => res.end('cb2', 'utf8', () => console.log('  end callback 2 ran')),
  '/twice': (res) => {
    res.on('error', (e) => console.log('  error', e.code, e.message));
    res.end('first');
    res.end('second', () => console.log('  second callback ran'));
    res.end('');
    console.log('  finished after twice', res.finished);
  },
  '/again-later': (res) => {
    res.end('once');
    res.on('finish', () => {
      res.end(() => console.log('  late callback'));
      res.end((err) => console.log('  later callback', err && err.code));
    });
  },
  '/flushed': (res) => {
    res.flushHeaders();
    res.end('after flush');
  },
  '/written': (res) => {
    res.write('part, ');
    res.end('end');
  },
  '/writehead': (res) => {
    res.writeHead(201, { 'X-Made': 'yes' });
    res.end('made');
  },
  '/nocontent': (res) => {
    res.statusCode = 204;
    res.end('ignored');
  },
  '/head': (res) => res.end('not sent for HEAD'),
};

const server = http.createServer((req, res) => {
  res.sendDate = false;
  res.on('finish', () => console.log('  finish', req.url, res.writableFinished));
  res.on('close', () => console.log('  close', req.url));
  cases[req.url](res);
  console.log('  returned', req.url, res.writableEnded);
});

function raw(port, method, path) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.end(`${method} ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    });
    socket.setEncoding('latin1');
    let answer = '';
    socket.on('data', (d) => { answer += d; });
    socket.on('close', () => resolve(answer));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const path of Object.keys(cases)) {
    const method = path === '/head' ? 'HEAD' : 'GET';
    console.log(method, path);
    const answer = await raw(port, method, path);
    console.log(JSON.stringify(answer));
  }
  server.close();
});
