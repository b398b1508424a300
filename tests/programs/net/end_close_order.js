// The order of end, finish and close on both sides of a connection, when the
// client ends first and the server follows (allowHalfOpen off), and with
// allowHalfOpen on, where the server ends later by itself.
const net = require('net');

function run(allowHalfOpen, next) {
  const log = [];
  let closes = 0;
  let server;
  // Prints once both sides have closed.
  const closed = () => {
    if (++closes < 2) return;
    server.close(() => {
      console.log('allowHalfOpen=' + allowHalfOpen);
      // The two sides' interleaving depends on the kernel; each side's own
      // order does not.
      console.log(log.filter((l) => l.startsWith('server')).join('\n'));
      console.log(log.filter((l) => l.startsWith('client')).join('\n'));
      next();
    });
  };
  server = net.createServer({ allowHalfOpen }, (sock) => {
    for (const ev of ['end', 'finish', 'close']) {
      sock.on(ev, () => log.push('server ' + ev + ' r=' + sock.readableEnded + ' w=' + sock.writableFinished));
    }
    sock.on('close', closed);
    sock.resume();
    if (allowHalfOpen) {
      sock.on('end', () => setTimeout(() => sock.end('late'), 5));
    }
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    for (const ev of ['end', 'finish', 'close']) {
      c.on(ev, () => log.push('client ' + ev + ' r=' + c.readableEnded + ' w=' + c.writableFinished));
    }
    c.on('data', (d) => log.push('client data ' + d));
    c.end('hi');
    c.on('close', closed);
  });
}

run(false, () => run(true, () => console.log('done')));
