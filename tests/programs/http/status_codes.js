// Status codes: http.STATUS_CODES, writeHead with a custom reason and
// headers, the default reason for a code, 404 routing, and a HEAD request
// (no body on the wire).
const http = require('http');

console.log(http.STATUS_CODES[200], http.STATUS_CODES[404], http.STATUS_CODES[418],
  http.STATUS_CODES[503], http.STATUS_CODES[999]);
console.log(Object.keys(http.STATUS_CODES).length, http.METHODS.includes('PATCH'));

const routes = {
  '/': (req, res) => res.end('home'),
  '/created': (req, res) => {
    res.writeHead(201, 'Made It', { 'X-Id': '7' });
    res.end();
  },
  '/teapot': (req, res) => {
    res.statusCode = 418;
    res.end('short and stout');
  },
  '/error': (req, res) => {
    res.writeHead(500);
    res.end('oops');
  },
};

const server = http.createServer((req, res) => {
  const route = routes[req.url];
  if (route) {
    route(req, res);
  } else {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found: ' + req.url);
  }
});

function get(port, path, method) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => {
        console.log(method || 'GET', path, '->', res.statusCode, res.statusMessage,
          res.headers['x-id'], JSON.stringify(body));
        resolve();
      });
    });
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const path of ['/', '/created', '/teapot', '/error', '/nowhere']) {
    await get(port, path);
  }
  await get(port, '/', 'HEAD');
  server.close();
});
