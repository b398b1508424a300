// A request the handler never reads still ends after its response, as in
// node: listeners added in the handler, in 'finish', or later all see 'end';
// an unread POST body is dropped and the kept-alive connection goes on to
// the next request.
const http = require('http');
const net = require('net');

const log = [];
const server = http.createServer((req, res) => {
  const name = req.url.slice(1);
  if (name === 'end-listener') {
    req.on('end', () => log.push('end-listener: end, complete=' + req.complete));
  }
  if (name === 'late') {
    res.on('finish', () => {
      log.push('late: finish, readableEnded=' + req.readableEnded);
      req.on('end', () => log.push('late: end'));
    });
  }
  if (name === 'close') {
    req.on('close', () => log.push('close: req close, complete=' + req.complete));
  }
  if (name === 'after') {
    setTimeout(() => {
      log.push('after: complete=' + req.complete + ' readableEnded=' + req.readableEnded);
    }, 20);
  }
  res.end(name + ' done');
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const socket = net.connect(port, '127.0.0.1');
  const paths = ['end-listener', 'late', 'close', 'post', 'after', 'last'];
  let text = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => {
    text += chunk;
    const answers = text.split('HTTP/1.1 ').length - 1;
    if (answers === paths.length && text.endsWith('last done')) {
      setTimeout(() => {
        for (const line of log) console.log(line);
        const bodies = text.split('\r\n\r\n').slice(1).map((b) => b.split('HTTP/1.1')[0]);
        console.log(bodies.join(' | '));
        socket.end();
        server.close(() => console.log('closed'));
      }, 50);
    }
  });
  for (const p of paths) {
    if (p === 'post') {
      socket.write('POST /post HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello world');
    } else {
      socket.write('GET /' + p + ' HTTP/1.1\r\nHost: x\r\n\r\n');
    }
  }
});
