// A POST with a body: the client writes it in pieces (so it goes out
// chunked) and once whole (Content-Length); the server reads it through
// 'data'/'end' and answers with what it got.
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => {
    body += chunk;
  });
  req.on('end', () => {
    console.log('server:', req.method, req.url, 'te=' + req.headers['transfer-encoding'],
      'length=' + req.headers['content-length'], JSON.stringify(body));
    res.writeHead(201, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ received: body.length, upper: body.toUpperCase() }));
  });
});

function post(port, path, pieces, done) {
  const req = http.request({ host: '127.0.0.1', port, path, method: 'POST' }, (res) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (chunk) => {
      text += chunk;
    });
    res.on('end', () => {
      console.log('client:', res.statusCode, res.headers['content-type'], JSON.parse(text));
      done();
    });
  });
  req.on('finish', () => console.log('client: request finished'));
  if (pieces.length === 1) {
    req.end(pieces[0]);
  } else {
    for (const piece of pieces) req.write(piece);
    req.end();
  }
}

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  post(port, '/pieces', ['alpha ', 'beta ', 'gamma'], () => {
    post(port, '/whole', ['ünïcödé body'], () => server.close());
  });
});
