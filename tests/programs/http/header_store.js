// The response's header store: setHeader's checks and errors, values of
// every kind, the head they make, and the store's read-back methods.
const http = require('http');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const server = http.createServer((req, res) => {
  attempt('empty name', () => res.setHeader('', 'x'));
  attempt('space in name', () => res.setHeader('Bad Name', 'x'));
  attempt('number name', () => res.setHeader(42, 'x'));
  attempt('undefined value', () => res.setHeader('X-A', undefined));
  attempt('newline in value', () => res.setHeader('X-A', 'a\nb'));
  attempt('non-latin1 value', () => res.setHeader('X-A', 'caf\u0100'));
  attempt('latin1 value', () => res.setHeader('X-Latin', 'caf\u00e9'));
  attempt('number value', () => res.setHeader('X-Number', 7));
  attempt('null value', () => res.setHeader('X-Null', null));
  attempt('array value', () => res.setHeader('X-List', ['a', 1, 'c']));
  attempt('object value', () => res.setHeader('X-Obj', { toString() { return 'obj'; } }));
  attempt('chained', () => res.setHeader('X-One', '1').setHeader('x-ONE', 'again'));
  console.log('names', res.getHeaderNames());
  console.log('raw names', res.getRawHeaderNames());
  console.log('x-one', res.getHeader('X-One'), res.hasHeader('x-list'));
  res.removeHeader('X-Obj');
  console.log(Object.keys(res.getHeaders()));
  console.log('enumerable setHeader?', Object.keys(Object.getPrototypeOf(Object.getPrototypeOf(res))).includes('setHeader'));
  res.statusCode = 299;
  res.end('done');
  attempt('after end', () => res.setHeader('X-Late', '1'));
});

server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    console.log(res.statusCode, JSON.stringify(res.statusMessage));
    const shown = {};
    for (const [k, v] of Object.entries(res.headers)) if (k !== 'date') shown[k] = v;
    console.log(shown);
    console.log(res.rawHeaders.filter((h, i) => i % 2 === 0));
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('body', d));
    res.on('end', () => server.close());
  });
});
