// pause() stops 'data' events until resume(); what arrived meanwhile is
// delivered after resume(), in order.
const net = require('net');

const server = net.createServer((socket) => {
  socket.setEncoding('utf8');
  const seen = [];
  socket.on('data', (chunk) => {
    seen.push(chunk);
    if (seen.length === 1) {
      socket.pause();
      console.log('paused:', socket.isPaused());
      socket.write('go');
      setTimeout(() => {
        console.log('resuming, events while paused:', seen.length - 1);
        socket.resume();
      }, 30);
    }
  });
  socket.on('end', () => {
    console.log('server got', JSON.stringify(seen.join('')));
    server.close();
  });
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => client.write('first;'));
  client.on('data', () => {
    client.write('second;');
    client.end('third');
  });
});
