// The smallest round trip: a server on port 0 answers a GET; the client
// prints the status, the headers (the Date value masked) and the body.
const http = require('http');

const server = http.createServer((req, res) => {
  console.log('server:', req.method, req.url, 'HTTP/' + req.httpVersion);
  console.log('server: host header present', typeof req.headers.host === 'string');
  res.setHeader('Content-Type', 'text/plain');
  res.end('hello world\n');
});

server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port, path: '/greeting?x=1' }, (res) => {
    console.log('client:', res.statusCode, res.statusMessage, 'HTTP/' + res.httpVersion);
    const headers = Object.assign({}, res.headers, { date: '<date>' });
    console.log(headers);
    res.setEncoding('utf8');
    let body = '';
    res.on('data', (chunk) => {
      body += chunk;
    });
    res.on('end', () => {
      console.log('client: body', JSON.stringify(body));
      server.close(() => console.log('server closed'));
    });
  });
});
