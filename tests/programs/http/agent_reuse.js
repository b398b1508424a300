// The default agent keeps connections alive: a second request to the same
// server goes over the socket the first one used (`reusedSocket`), and the
// idle socket does not keep the process alive. `agent: false` opens a fresh
// connection and closes it after the response.
const http = require('http');

let connections = 0;
const server = http.createServer((req, res) => {
  res.end(req.url + ' on connection ' + connections);
});
server.on('connection', () => connections++);

function get(port, path, agent) {
  return new Promise((resolve) => {
    const options = { host: '127.0.0.1', port, path };
    if (agent !== undefined) options.agent = agent;
    const req = http.get(options, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => {
        console.log(body, '| reused:', req.reusedSocket, '| connection:', res.headers.connection);
        resolve();
      });
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await get(port, '/first');
  await get(port, '/second');
  await get(port, '/third');
  await get(port, '/fresh', false);
  console.log('connections:', connections);
  server.close(() => console.log('server closed'));
});
