// Client errors: a request to a port nobody listens on emits 'error' with
// ECONNREFUSED; a server that closes the connection without answering makes
// the request fail with 'socket hang up' (ECONNRESET).
const http = require('http');
const net = require('net');

const rude = net.createServer((socket) => {
  socket.once('data', () => socket.end());
});

const probe = net.createServer();
probe.listen(0, '127.0.0.1', () => {
  const port = probe.address().port;
  probe.close(() => {
    const req = http.get({ host: '127.0.0.1', port, path: '/' }, () => console.log('unexpected'));
    req.on('error', (err) => {
      console.log('refused:', err.code, err.syscall, err.message.replace(String(port), 'PORT'));
      rude.listen(0, '127.0.0.1', () => {
        const req2 = http.get({ host: '127.0.0.1', port: rude.address().port, path: '/' });
        req2.on('response', () => console.log('unexpected response'));
        req2.on('error', (e) => {
          console.log('hang up:', e.code, e.message);
          rude.close();
        });
        req2.on('close', () => console.log('request close'));
      });
    });
  });
});
