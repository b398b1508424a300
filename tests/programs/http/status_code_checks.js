// A response's status code is checked when its head is written, implicitly
// (by end) or by writeHead: `code | 0` must lie in 100..999, and the error
// names the code as it was given. A refused head can be retried.
const http = require('http');

const server = http.createServer((req, res) => {
  const given = req.url.slice(1);
  const code = given.startsWith('n') ? Number(given.slice(1)) : given;
  try {
    if (req.headers['x-explicit']) res.writeHead(code);
    else res.statusCode = code;
    res.end('x');
    console.log('ended', JSON.stringify(code), typeof res.statusCode, res.statusCode);
  } catch (e) {
    console.log(JSON.stringify(code), e.name, e.code, e.message);
    res.statusCode = 200;
    res.end('recovered');
  }
});

server.listen(0, '127.0.0.1', async () => {
  const cases = [['n99'], ['n1000'], ['abc'], ['n200'], ['201'], ['n999'], ['n404.7'],
    ['n99', true], ['abc', true], ['202', true]];
  for (const [path, explicit] of cases) {
    await new Promise((resolve) => {
      const headers = explicit ? { 'X-Explicit': '1' } : {};
      http.get({ port: server.address().port, host: '127.0.0.1', path: '/' + path, headers }, (res) => {
        console.log('  ->', res.statusCode, JSON.stringify(res.statusMessage));
        res.resume();
        res.on('end', resolve);
      });
    });
  }
  server.close();
});
