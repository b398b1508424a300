// An echo server written as socket.pipe(socket): the client gets its bytes back.
const net = require('net');

const server = net.createServer((sock) => {
  sock.pipe(sock);
  sock.on('end', () => console.log('server: end'));
  sock.on('finish', () => console.log('server: finish'));
  sock.on('close', () => {
    console.log('server: close');
    server.close(() => console.log('server closed'));
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const parts = [];
  c.on('data', (d) => parts.push(d));
  c.on('end', () => {
    const all = Buffer.concat(parts);
    console.log('client: echoed', all.length, 'bytes, sum', all.reduce((a, b) => a + b, 0));
  });
  c.on('close', () => console.log('client: close'));
  const big = Buffer.alloc(200000);
  for (let i = 0; i < big.length; i++) big[i] = i % 251;
  c.write('hello ');
  c.write(big);
  c.end('world');
});
