// A request body read with `for await`, and a response body too; both end
// when the message does.
const http = require('http');

const server = http.createServer(async (req, res) => {
  const parts = [];
  for await (const chunk of req) parts.push(String(chunk));
  res.end('got ' + parts.join('').length + ' characters: ' + parts.join(''));
});

server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'PUT',
    path: '/upload' }, async (res) => {
    let text = '';
    for await (const chunk of res) text += chunk;
    console.log(res.statusCode, text);
    server.close();
  });
  req.write('streamed ');
  setTimeout(() => req.end('body'), 10);
});
