// Backpressure: a large write returns false past the 16 KiB high-water mark,
// writableLength counts what waits, 'drain' comes once it is all out.
const net = require('net');

const server = net.createServer((sock) => {
  let total = 0;
  sock.pause();
  // Let the client's buffers fill before reading anything.
  setTimeout(() => {
    sock.on('data', (d) => { total += d.length; });
    sock.resume();
  }, 50);
  sock.on('end', () => {
    console.log('server received', total);
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    const small = c.write(Buffer.alloc(1000, 1));
    console.log('small write', small);
    const big = Buffer.alloc(8 * 1024 * 1024, 2);
    const ok = c.write(big, () => console.log('big write callback'));
    console.log('big write', ok, 'writableLength > hwm', c.writableLength > c.writableHighWaterMark,
      'needDrain', c.writableNeedDrain);
    c.once('drain', () => {
      console.log('drain, writableLength', c.writableLength, 'bytesWritten', c.bytesWritten);
      c.end();
    });
  });
  c.on('finish', () => console.log('client finish'));
  c.on('close', () => console.log('client close'));
});
