// An echo server on port 0: the client sends two lines, reads them back in
// upper case, then ends; both sides see 'end' and 'close'. Each side keeps its
// own log, printed when both are closed, so the output does not depend on how
// the two sides' events interleave.
const net = require('net');

const logs = { server: [], client: [] };
let open = 3;
function finished() {
  if (--open > 0) return;
  console.log(logs.server.join('\n'));
  console.log(logs.client.join('\n'));
}

const server = net.createServer((socket) => {
  logs.server.push('connection from ' + socket.remoteAddress);
  socket.setEncoding('utf8');
  socket.on('data', (chunk) => {
    logs.server.push('data ' + JSON.stringify(chunk));
    socket.write(chunk.toUpperCase());
  });
  socket.on('end', () => logs.server.push('end'));
  socket.on('close', (hadError) => {
    logs.server.push('close ' + hadError);
    server.close(() => {
      logs.server.push('server closed');
      finished();
    });
    finished();
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port, family, address } = server.address();
  console.log('listening', family, address, typeof port);
  const client = net.connect(port, '127.0.0.1', () => {
    logs.client.push('connect');
    client.write('hello\n');
  });
  client.setEncoding('utf8');
  let received = '';
  client.on('data', (chunk) => {
    received += chunk;
    if (received === 'HELLO\n') client.write('world\n');
    if (received === 'HELLO\nWORLD\n') client.end();
  });
  client.on('end', () => logs.client.push('end, received ' + JSON.stringify(received)));
  client.on('close', (hadError) => {
    logs.client.push('close ' + hadError);
    finished();
  });
});
