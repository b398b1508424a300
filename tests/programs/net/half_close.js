// Half-close: with allowHalfOpen the server still writes after the client's
// end(); the client reads the answer after ending its own side.
const net = require('net');

const server = net.createServer({ allowHalfOpen: true }, (socket) => {
  let text = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk) => {
    text += chunk;
  });
  socket.on('end', () => {
    console.log('server: end after', JSON.stringify(text), 'writable', socket.writable);
    socket.end('you said ' + text.length + ' characters');
  });
  socket.on('close', () => server.close());
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1' });
  client.setEncoding('utf8');
  client.on('connect', () => {
    client.write('one, ');
    client.end('two', () => console.log('client: end callback'));
  });
  client.on('finish', () => console.log('client: finish'));
  let answer = '';
  client.on('data', (chunk) => {
    answer += chunk;
  });
  client.on('end', () => console.log('client: end,', JSON.stringify(answer)));
  client.on('close', (hadError) => console.log('client: close', hadError));
});
