// Without setEncoding, 'data' chunks are Buffers, as in node; Buffers can be
// written too, and the bytes arrive unchanged (every value 0..255).
const net = require('net');

const server = net.createServer((socket) => {
  const chunks = [];
  socket.on('data', (chunk) => chunks.push(chunk));
  socket.on('end', () => {
    const all = Buffer.concat(chunks);
    console.log('all Buffers:', chunks.every((c) => Buffer.isBuffer(c)), 'length', all.length);
    let intact = true;
    for (let i = 0; i < 256; i++) if (all[i] !== i) intact = false;
    console.log('bytes intact:', intact, all.subarray(256).toString('utf8'));
    socket.end(Buffer.from([0x68, 0x69, 0xff]));
  });
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    const bytes = Buffer.alloc(256);
    for (let i = 0; i < 256; i++) bytes[i] = i;
    client.write(bytes);
    client.end('ünï', 'utf8');
  });
  client.on('data', (chunk) => console.log('client got', chunk));
  client.on('close', () => server.close());
});
