// listen() with a host looks the host up first, so the server is bound a
// tick later: right after the call, `listening` is false and address() is
// null; without a host it binds at once. A close() before the bind cancels it.
const net = require('net');

const a = net.createServer();
a.listen(0);
console.log('no host:', a.listening, a.address() !== null);
a.on('listening', () => {
  console.log('a listening');
  a.close();
});

const b = net.createServer();
b.listen(0, '127.0.0.1');
console.log('with a host:', b.listening, b.address());
process.nextTick(() => console.log('next tick:', b.listening, b.address() !== null));
b.on('listening', () => {
  console.log('b listening', b.listening, b.address().address);
  b.close();
});

const c = net.createServer();
c.listen({ port: 0, host: '127.0.0.1' });
c.on('listening', () => console.log('c listening (never)'));
c.close((err) => console.log('c close callback:', err && err.code));
setTimeout(() => console.log('c after a while:', c.listening), 20);
