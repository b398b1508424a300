// Socket properties around a connection's life: localAddress is unknown
// while connecting and forgotten once closed, `timeout` follows
// setTimeout(), and bytesWritten counts bytes still waiting for the connect
// or in the stream's buffer. net.connect() without a port is an error.
const net = require('net');

const s = new net.Socket();
console.log('timeout', s.timeout);
s.setTimeout(1000);
console.log('timeout', s.timeout);
s.setTimeout(0);
console.log('timeout', s.timeout);

for (const args of [[{}], [], [{ host: '127.0.0.1' }], [{ port: true }], [70000]]) {
  try {
    net.connect(...args);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const server = net.createServer((sock) => {
  sock.resume();
  sock.on('end', () => sock.end());
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  console.log('before connect:', c.localAddress, c.localPort, c.remoteAddress);
  c.write('hello');
  c.write(Buffer.from('world!'));
  console.log('bytesWritten before connect:', c.bytesWritten);
  c.on('connect', () => {
    console.log('connected:', c.localAddress, typeof c.localPort, c.remoteAddress,
      c.remotePort === server.address().port);
    c.end();
  });
  c.resume();
  c.on('close', () => {
    console.log('after close:', c.localAddress, c.localPort, c.remoteAddress,
      'bytesWritten', c.bytesWritten);
    server.close();
  });
});
