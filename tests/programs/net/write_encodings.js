// socket.write(text, encoding) sends the text's bytes in that encoding:
// utf8 (the default), latin1, ascii, hex, base64 and utf16le.
const net = require('net');

const writes = [
  ['plain ascii', undefined],
  ['caf\u00e9 \u20ac', 'utf8'],
  ['caf\u00e9', 'latin1'],
  ['caf\u00e9', 'ascii'],
  ['68656c6c6fzz', 'hex'],
  ['aGVsbG8=', 'base64'],
  ['hi', 'utf16le'],
  ['UPPER', 'UTF-8'],
];

const server = net.createServer((socket) => {
  const chunks = [];
  socket.on('data', (d) => chunks.push(d));
  socket.on('end', () => {
    console.log(Buffer.concat(chunks).toString('hex'));
    server.close();
  });
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    for (const [text, encoding] of writes) client.write(text, encoding);
    client.end();
  });
});
