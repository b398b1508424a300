// Connecting to a port nobody listens on: an 'error' event with node's
// ECONNREFUSED error, then 'close' with hadError true. The port comes from a
// server that listened and closed again, and is not printed.
const net = require('net');

const probe = net.createServer();
probe.listen(0, '127.0.0.1', () => {
  const port = probe.address().port;
  probe.close(() => {
    const socket = net.connect(port, '127.0.0.1');
    socket.on('connect', () => console.log('unexpected connect'));
    socket.on('error', (err) => {
      console.log(err instanceof Error, err.code, err.errno, err.syscall, err.address);
      console.log(err.port === port, err.message.replace(String(port), 'PORT'));
      console.log(Object.keys(err));
    });
    socket.on('close', (hadError) => console.log('close', hadError, socket.destroyed));
  });
});
