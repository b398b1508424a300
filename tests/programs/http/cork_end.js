// end() uncorks the connection fully, as node's does: an answer written
// while the user holds the socket corked (once or twice) still goes out at
// once. After 'finish' the response has let go of its socket.
const http = require('http');

const cases = [
  (res) => {
    res.socket.cork();
    res.end('corked once');
  },
  (res) => {
    res.socket.cork();
    res.socket.cork();
    res.write('corked ');
    res.end('twice', () => console.log('  end callback'));
  },
  (res) => {
    res.end('not corked');
  },
];

let n = 0;
const server = http.createServer((req, res) => {
  const socket = res.socket;
  res.on('finish', () => console.log('  finish: res.socket', res.socket, 'connection', res.connection));
  cases[n++](res);
  console.log('  after end: writableLength', socket.writableLength, 'writableCorked', socket.writableCorked);
});

function get(i) {
  if (i === cases.length) {
    server.close(() => console.log('server closed'));
    return;
  }
  console.log('request', i);
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('  client got', JSON.stringify(body));
      get(i + 1);
    });
  });
}
server.listen(0, '127.0.0.1', () => get(0));
