// Writing where it cannot go: after end() the write fails with
// ERR_STREAM_WRITE_AFTER_END (callback and 'error' event); a non-string,
// non-Buffer chunk throws ERR_INVALID_ARG_TYPE at once.
const net = require('net');

const server = net.createServer((socket) => {
  socket.resume();
  socket.on('end', () => server.close());
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    try {
      client.write(42);
    } catch (e) {
      console.log('throws:', e.code, e.name);
    }
    client.end('bye');
    const ok = client.write('too late', (err) => console.log('callback:', err.code, err.message));
    console.log('write returned', ok);
  });
  client.on('error', (err) => console.log('error event:', err.code));
  client.on('close', (hadError) => console.log('close', hadError));
});
