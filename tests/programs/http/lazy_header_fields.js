// IncomingMessage's headers, trailers, headersDistinct and trailersDistinct are
// made on first read, may be set, and are made again when set to nothing, as
// node's getters do.
const http = require('http');
const server = http.createServer((req, res) => {
  const h = req.headers;
  console.log(h['x-a'], req.headers === h, req.headersDistinct['x-a'], req.trailers, req.trailersDistinct);
  req.headers = undefined;
  console.log(req.headers['x-a'], req.headers === h);
  req.headers = { replaced: true };
  console.log(req.headers);
  res.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1', headers: { 'X-A': '1' } }, (res) => {
    res.resume();
    res.on('end', () => server.close());
  });
});
