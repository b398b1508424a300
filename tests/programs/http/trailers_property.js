// `trailers` belongs to IncomingMessage's prototype, as in node: a message
// has none of its own until asked, reads `{}` before the body ends, keeps
// the same object between reads, accepts an assignment, and holds the
// trailers a chunked request ends with.
const http = require('http');
const net = require('net');

const own = (m) => Object.prototype.hasOwnProperty.call(m, 'trailers');
const fresh = new http.IncomingMessage(null);
console.log('fresh: own', own(fresh), 'in', 'trailers' in fresh, JSON.stringify(fresh.trailers));
console.log('same object:', fresh.trailers === fresh.trailers);
fresh.trailers = { set: 'by hand' };
console.log('assigned:', JSON.stringify(fresh.trailers));
console.log('prototype has it:',
  Object.getOwnPropertyNames(http.IncomingMessage.prototype).includes('trailers'));

const server = http.createServer((req, res) => {
  console.log(req.url, 'during the request:', JSON.stringify(req.trailers));
  req.resume();
  req.on('end', () => {
    console.log(req.url, 'at the end:', JSON.stringify(req.trailers), req.rawTrailers);
    res.end('ok');
  });
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const socket = net.connect(port, '127.0.0.1', () => {
    socket.write('POST /chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n' +
      '3\r\nabc\r\n0\r\nX-Check: 42\r\nx-other: yes\r\n\r\n');
    socket.write('GET /plain HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  let answers = 0;
  socket.setEncoding('latin1');
  socket.on('data', (d) => {
    answers += d.split('\r\n\r\nok').length - 1;
  });
  socket.on('close', () => {
    console.log('answers:', answers);
    server.close();
  });
});
