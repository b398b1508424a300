// 'close' comes from the loop's close phase, where libuv runs the handles
// closed since the last one, the last closed first: when the client destroys
// its socket in a timer, the server's socket (closed in the next poll phase,
// on the end of stream) reports its close before the client's. A socket
// destroyed in the poll phase closes after the immediates of that turn.
const net = require('net');

function run(mode, next) {
  const log = [];
  const server = net.createServer((s) => {
    s.on('end', () => log.push('server end'));
    s.on('close', () => log.push('server socket close'));
    s.resume();
    if (mode === 'server destroys in a timer') {
      setTimeout(() => {
        s.destroy();
        setImmediate(() => log.push('immediate'));
      }, 10);
    }
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      if (mode === 'client destroys in a timer') setTimeout(() => c.destroy(), 10);
      if (mode === 'client destroys on connect') {
        c.destroy();
        setImmediate(() => log.push('immediate'));
      }
      if (mode === 'client destroys in an immediate') setImmediate(() => c.destroy());
    });
    c.resume();
    c.on('end', () => log.push('client end'));
    c.on('close', () => log.push('client close'));
  });
  server.on('connection', () => setTimeout(() => {
    server.close(() => {
      console.log(mode + ': ' + log.join(', '));
      next();
    });
  }, 100));
}

const modes = [
  'client destroys in a timer',
  'client destroys on connect',
  'client destroys in an immediate',
  'server destroys in a timer',
];
(function next() {
  const mode = modes.shift();
  if (mode) run(mode, next);
})();
