// "Hello world" over HTTP with keep-alive, for wrk (bench.sh runs it under
// node and nodelet): `hello.js PORT`.
const http = require('http');

const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello, world!\n');
});
server.listen(Number(process.argv[2] || 8080), '127.0.0.1', () => {
  console.log('listening on', server.address().port);
});
