// The soak test's server: answers every request with a small body, reports
// its open file descriptors on GET /fds (from /proc/self/fd) and stops on
// GET /stop. Run by soak.sh under node or nodelet.
const http = require('http');
const fs = require('fs');

let served = 0;
const server = http.createServer((req, res) => {
  if (req.url === '/fds') {
    res.end(String(fs.readdirSync('/proc/self/fd').length));
    return;
  }
  if (req.url === '/rss') {
    res.end(String(process.memoryUsage().rss));
    return;
  }
  if (req.url === '/stop') {
    res.setHeader('Connection', 'close');
    res.end(String(served));
    server.close();
    return;
  }
  let body = '';
  req.on('data', (chunk) => {
    body += chunk;
  });
  req.on('end', () => {
    served++;
    res.setHeader('Content-Type', 'text/plain');
    res.end('hello ' + req.url + ' ' + body.length);
  });
});

server.listen(Number(process.argv[2] || 0), '127.0.0.1', () => {
  console.log('listening on', server.address().port);
});
