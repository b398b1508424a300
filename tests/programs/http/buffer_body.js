// A response body written as a Buffer and as a Uint8Array (TextEncoder's), in
// pieces and with end(): the bytes arrive as sent.
const http = require('http');

const server = http.createServer((req, res) => {
  res.write(Buffer.from('from a Buffer, '));
  res.write(new TextEncoder().encode('from a Uint8Array, '));
  res.end(Buffer.from([0x68, 0xc3, 0xa9, 0x0a]));
});

server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1', path: '/' }, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => {
      const body = Buffer.concat(chunks);
      console.log(res.statusCode, res.headers['transfer-encoding'], body.length);
      console.log(JSON.stringify(body.toString('utf8')));
      server.close();
    });
  });
});
