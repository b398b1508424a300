// What the server decides from a request's headers before any script reads
// them: keep-alive (HTTP/1.0 and 1.1, any case, duplicate Connection
// headers), Expect: 100-continue, and the Host header HTTP/1.1 requires.
// Then `req.headers` as node has it: a getter on the prototype, made once
// from rawHeaders, replaceable by assignment.
const http = require('http');
const net = require('net');

const cases = [
  ['1.1 default', 'GET /a HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['1.1 close', 'GET /b HTTP/1.1\r\nHost: x\r\nConnection: Close\r\n\r\n'],
  ['1.1 two connection headers', 'GET /c HTTP/1.1\r\nHost: x\r\nConnection: upgrade\r\nconnection: CLOSE\r\n\r\n'],
  ['1.0 default', 'GET /d HTTP/1.0\r\n\r\n'],
  ['1.0 keep-alive', 'GET /e HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n'],
  ['1.1 empty host', 'GET /f HTTP/1.1\r\nHost:\r\nConnection: close\r\n\r\n'],
  ['1.1 no host', 'GET /g HTTP/1.1\r\nConnection: close\r\n\r\n'],
  ['expect', 'POST /h HTTP/1.1\r\nHost: x\r\nEXPECT: 100-Continue\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi'],
];

const server = http.createServer((req, res) => {
  const own = Object.prototype.hasOwnProperty.call(req, 'headers');
  const first = req.headers;
  console.log(req.url, 'keep-alive:', res.shouldKeepAlive, 'own headers:', own,
    'same object:', first === req.headers, JSON.stringify(first));
  if (req.url === '/a') {
    req.headers = { replaced: true };
    console.log('  assigned:', JSON.stringify(req.headers), Object.keys(req).includes('headers'));
  }
  req.resume();
  req.on('end', () => res.end('done'));
});
server.on('checkContinue', (req, res) => {
  console.log(req.url, 'checkContinue', JSON.stringify(req.headers));
  res.writeContinue();
  server.emit('request', req, res);
});

function run(i) {
  if (i === cases.length) {
    server.close();
    return;
  }
  const [name, text] = cases[i];
  const socket = net.connect(server.address().port, '127.0.0.1', () => socket.write(text));
  let got = '';
  socket.setEncoding('latin1');
  socket.on('data', (d) => {
    got += d;
    if (got.endsWith('done') || got.includes('400 Bad Request')) {
      const lines = got.split('\r\n').filter((l) => /^(HTTP|Connection)/.test(l));
      console.log(' ', name, '->', lines.join(' | '));
      socket.destroy();
      run(i + 1);
    }
  });
}
server.listen(0, '127.0.0.1', () => run(0));
