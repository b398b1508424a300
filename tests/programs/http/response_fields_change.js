// The native head and end read a response's fields (statusCode,
// statusMessage, sendDate, ...) through inline caches. Changing where a field
// comes from between requests (an own property, a prototype getter, a
// changed prototype value) must show in the next response at once.
const http = require('http');
const net = require('net');

let n = 0;
const server = http.createServer((req, res) => {
  n++;
  if (n === 2) res.statusMessage = 'Own Message';
  if (n === 3) {
    Object.defineProperty(http.ServerResponse.prototype, 'statusCode', {
      configurable: true,
      get() { return 203; },
      set(v) { this._code = v; },
    });
  }
  if (n === 4) {
    Object.defineProperty(http.ServerResponse.prototype, 'statusCode', {
      configurable: true, writable: true, value: 202,
    });
  }
  if (n === 5) http.ServerResponse.prototype.statusCode = 200;
  res.sendDate = false;
  res.end('r' + n);
});

server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  socket.setEncoding('latin1');
  const ask = () => socket.write('GET /' + (n + 1) + ' HTTP/1.1\r\nHost: x\r\n\r\n');
  socket.on('data', (d) => {
    got += d;
    let end;
    while ((end = got.indexOf('r' + (n))) >= 0 && got.indexOf('\r\n\r\n') >= 0) {
      const reply = got.slice(0, end + String(n).length + 1);
      got = got.slice(reply.length);
      console.log(reply.split('\r\n')[0], '|', reply.slice(-2));
      if (n === 5) {
        socket.end();
        server.close();
        return;
      }
      ask();
    }
  });
  ask();
});
