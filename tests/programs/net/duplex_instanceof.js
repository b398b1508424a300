// A net.Socket is a stream.Duplex, with the stream properties node has.
const net = require('net');
const stream = require('stream');

const s = new net.Socket();
console.log('Duplex', s instanceof stream.Duplex);
console.log('Readable', s instanceof stream.Readable);
console.log('Stream', s instanceof stream.Stream);
console.log('fresh', s.readableFlowing, s.writableLength, s.readableEnded, s.writableFinished,
  s.writableHighWaterMark, s.readableHighWaterMark, s.pending, s.readyState);

const server = net.createServer((sock) => {
  console.log('server socket Duplex', sock instanceof stream.Duplex);
  console.log('server flowing', sock.readableFlowing);
  sock.on('data', (d) => {
    console.log('data', Buffer.isBuffer(d), d.length, sock.readableFlowing);
    sock.end('bye');
  });
  sock.on('end', () => console.log('server end', sock.readableEnded));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    console.log('connected', c.readyState, c.pending);
    c.write(Buffer.from([1, 2, 3]));
  });
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('client got', typeof d, d));
  c.on('end', () => console.log('client end', c.readableEnded, c.writableFinished));
  c.on('close', (hadError) => {
    console.log('client close', hadError, c.destroyed, c.writableFinished);
    server.close();
  });
});
