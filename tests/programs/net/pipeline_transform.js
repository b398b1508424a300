// stream.pipeline(socket, transform, socket): an upper-casing server.
const net = require('net');
const { pipeline, Transform } = require('stream');

const server = net.createServer((sock) => {
  const upper = new Transform({
    transform(chunk, enc, cb) {
      cb(null, chunk.toString().toUpperCase());
    },
  });
  pipeline(sock, upper, sock, (err) => {
    console.log('pipeline done', err === undefined ? 'ok' : err);
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => console.log('client got:', got));
  c.write('hello, ');
  setTimeout(() => c.end('pipeline world'), 10);
});
