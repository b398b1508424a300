// Writes made while the socket is corked leave together (Socket._writev):
// strings in several encodings and Buffers arrive in order, every write's
// callback runs, and bytesWritten counts them all.
const net = require('net');

const server = net.createServer((socket) => {
  const chunks = [];
  socket.on('data', (d) => chunks.push(d));
  socket.on('end', () => {
    const all = Buffer.concat(chunks);
    console.log('server got', all.length, 'bytes:', JSON.stringify(all.toString('latin1')));
    socket.end();
    server.close(() => console.log('closed'));
  });
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    const done = [];
    client.cork();
    client.write('one ', () => done.push(1));
    client.write(Buffer.from('two '), () => done.push(2));
    client.write('74687265652000', 'hex', () => done.push(3));
    client.write('caf\u00e9 ', 'utf8', () => done.push(4));
    client.write('ff', 'latin1', () => done.push(5));
    console.log('writableLength while corked:', client.writableLength);
    client.uncork();
    client.end(() => {
      console.log('callbacks:', done.join(','), 'bytesWritten:', client.bytesWritten);
    });
  });
});
