// Keep-alive: two requests written back to back on one TCP connection
// (pipelined) and a third after the answers; the server sees one connection
// and answers all three in order. `Connection: close` on the last one makes
// the server close the connection after answering.
const http = require('http');
const net = require('net');

let connections = 0;
const server = http.createServer((req, res) => {
  res.end('answer to ' + req.url);
});
server.on('connection', () => connections++);

server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  socket.setEncoding('latin1');
  socket.write('GET /one HTTP/1.1\r\nHost: x\r\n\r\nGET /two HTTP/1.1\r\nHost: x\r\n\r\n');
  let text = '';
  let sentThird = false;
  socket.on('data', (chunk) => {
    text += chunk;
    if (!sentThird && text.includes('answer to /two')) {
      sentThird = true;
      socket.write('GET /three HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    }
  });
  socket.on('end', () => {
    const bodies = text.match(/answer to \/[a-z]+/g);
    const statuses = text.match(/HTTP\/1\.1 \d+ \w+/g);
    console.log(statuses, bodies);
    console.log('connection headers:', text.match(/Connection: \w+/g));
    console.log('connections seen by the server:', connections);
    server.close(() => console.log('closed'));
  });
});
