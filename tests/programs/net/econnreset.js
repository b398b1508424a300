// A peer that resets the connection: the other side gets an 'error' event
// with node's ECONNRESET error (`read ECONNRESET`), then 'close' with
// hadError true.
const net = require('net');

// The server stops reading (a paused socket buffers 16 KiB, then leaves the
// rest in the kernel): closing a socket with unread bytes makes the kernel
// send a reset instead of an orderly end.
const server = net.createServer((socket) => {
  socket.pause();
  setTimeout(() => socket.destroy(), 50);
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => client.write('x'.repeat(1 << 20)));
  client.on('error', (err) => {
    console.log('client error:', err.code, err.errno, err.syscall, err.message);
    console.log(Object.keys(err));
  });
  client.on('close', (hadError) => {
    console.log('client close', hadError);
    server.close(() => console.log('server closed'));
  });
});
