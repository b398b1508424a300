// socket.end() emits 'finish' only once the shutdown has completed: after the
// ticks and promise jobs queued with it, but before the check phase's
// immediates (libuv completes a shutdown right after the poll phase's
// events). Both from the server's 'connection' and from a client's connect.
const net = require('net');

const serverLog = [];
const clientLog = [];
function watch(log, sock) {
  sock.on('finish', () => log.push('finish'));
  process.nextTick(() => log.push('tick'));
  Promise.resolve().then(() => log.push('promise job'));
  setImmediate(() => log.push('immediate'));
}

const server = net.createServer((s) => {
  s.end('bye', () => serverLog.push('end callback'));
  watch(serverLog, s);
  s.resume();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.end('hi', () => clientLog.push('end callback'));
    watch(clientLog, c);
  });
  c.resume();
  c.on('close', () => {
    server.close(() => {
      console.log('server: ' + serverLog.join(', '));
      console.log('client: ' + clientLog.join(', '));
    });
  });
});
