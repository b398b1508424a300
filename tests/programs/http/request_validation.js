// http.request refuses, as it is called, a path with unescaped characters
// and a method that is not an HTTP token (or not a string).
const http = require('http');

function attempt(options) {
  try {
    const req = http.request(Object.assign({ host: '127.0.0.1', port: 1 }, options));
    req.on('error', () => {});
    req.destroy();
    console.log('accepted', JSON.stringify(options), '->', req.method, req.path);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

attempt({ path: 'has space' });
attempt({ path: '/tab\there' });
attempt({ path: '/caf\u00e9' });
attempt({ path: '/snow\u2603' });
attempt({ method: 'BAD METHOD' });
attempt({ method: 'GET\r\n' });
attempt({ method: 42 });
attempt({ method: 'patch', path: '/ok?x=1' });
attempt({ method: '' });
