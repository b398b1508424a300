// The bytes of a response as they go over the wire, read with a plain TCP
// client: the status line, node's default headers (Date masked), and the
// body framed with Content-Length or chunked transfer encoding.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  if (req.url === '/fixed') {
    res.end('fixed body');
  } else if (req.url === '/chunked') {
    res.setHeader('X-Custom', 'yes');
    res.write('first,');
    res.write('second,');
    res.end('third');
  } else if (req.url === '/empty') {
    res.statusCode = 204;
    res.end();
  } else {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('no such page: ' + req.url);
  }
});

// Whether a keep-alive response is all there (the server leaves it open).
function complete(text) {
  const head = text.indexOf('\r\n\r\n');
  if (head < 0) return false;
  if (/^HTTP\/1\.1 (204|304)/.test(text)) return true;
  if (/Transfer-Encoding: chunked/.test(text)) return text.endsWith('0\r\n\r\n');
  const m = /Content-Length: (\d+)/.exec(text);
  return m !== null && text.length - head - 4 >= Number(m[1]);
}

function fetchRaw(port, path, close, next) {
  const socket = net.connect(port, '127.0.0.1', () => {
    socket.write('GET ' + path + ' HTTP/1.1\r\nHost: test\r\n' +
      (close ? 'Connection: close\r\n' : '') + '\r\n');
  });
  socket.setEncoding('latin1');
  let text = '';
  socket.on('data', (chunk) => {
    text += chunk;
    if (!close && complete(text)) socket.end();
  });
  socket.on('end', () => {
    console.log('--- ' + path + (close ? ' (close)' : ''));
    console.log(JSON.stringify(text.replace(/Date: [^\r]*/, 'Date: <date>')));
    next();
  });
}

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const paths = [['/fixed', true], ['/chunked', true], ['/empty', false], ['/missing', true],
    ['/fixed', false]];
  let i = 0;
  (function next() {
    if (i === paths.length) {
      server.close();
      return;
    }
    const [path, close] = paths[i++];
    fetchRaw(port, path, close, next);
  })();
});
