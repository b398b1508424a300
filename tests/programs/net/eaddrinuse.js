// Listening twice on the same port: the second server gets an 'error' event
// with node's EADDRINUSE error (listen errors are never thrown).
const net = require('net');

const first = net.createServer();
first.listen(0, '127.0.0.1', () => {
  const port = first.address().port;
  const second = net.createServer();
  second.on('listening', () => console.log('unexpected listening'));
  second.on('error', (err) => {
    console.log(err.code, err.errno, err.syscall, err.address, err.port === port);
    console.log(err.message.replace(String(port), 'PORT'));
    console.log(Object.keys(err));
    console.log('listening:', second.listening, first.listening);
    first.close(() => console.log('first closed'));
  });
  second.listen(port, '127.0.0.1');
  console.log('listen returned');
});
