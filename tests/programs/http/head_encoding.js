// The head goes out in utf8 when a utf8 string body follows it, otherwise in
// latin1, as node's OutgoingMessage#_send does: a latin1 header value shows
// it. Requests one after another: a string body, a Buffer, none.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('server got', req.headers['x-latin']);
  req.resume();
  req.on('end', () => {
    res.setHeader('X-Back', 'caf\u00e9');
    if (req.headers['x-kind'] === 'string') res.end('ok');
    else res.end(Buffer.from('ok'));
  });
});
const bodies = [['string', 'hi'], ['buffer', Buffer.from('hi')], ['none', undefined]];
server.listen(0, '127.0.0.1', function next() {
  const item = bodies.shift();
  if (!item) return server.close();
  const options = {
    port: server.address().port, host: '127.0.0.1', method: 'POST',
    headers: { 'X-Latin': 'caf\u00e9', 'X-Kind': item[0] },
  };
  http.request(options, (res) => {
    console.log(item[0], 'client got', res.headers['x-back']);
    res.resume();
    res.on('end', next);
  }).end(item[1]);
});
