// resetAndDestroy() closes with an RST: the peer's read fails with
// ECONNRESET instead of seeing the end of stream. Called while connecting,
// it waits for the connect; on a socket that never connected, it is an error.
const net = require('net');

const lonely = new net.Socket();
lonely.on('error', (e) => console.log('lonely error', e.code));
lonely.on('close', (hadError) => console.log('lonely close', hadError));
lonely.resetAndDestroy();

let connections = 0;
const server = net.createServer((s) => {
  const n = ++connections;
  s.on('error', (e) => console.log('server socket', n, 'error', e.code));
  s.on('close', (hadError) => console.log('server socket', n, 'close', hadError));
  // The first connection is reset once its client has spoken.
  if (n === 1) s.once('data', () => s.resetAndDestroy());
  else s.resume();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('hi'));
  c.on('error', (e) => console.log('client error', e.code, e.syscall));
  c.on('end', () => console.log('client end'));
  c.on('close', (hadError) => {
    console.log('client close', hadError);
    const d = net.connect(server.address().port, '127.0.0.1');
    d.on('connect', () => console.log('second client connected'));
    d.on('close', (hadError) => {
      console.log('second client close', hadError);
      setTimeout(() => server.close(), 20);
    });
    d.resetAndDestroy();
  });
});
