// An Agent with maxSockets queues the requests beyond it in `requests` and
// hands each a socket as one frees up: one connection, reused in turn. A
// request destroyed while it waits fails with 'socket hang up' and never
// reaches the server.
const http = require('http');

let active = 0;
let maxActive = 0;
let connections = 0;
const server = http.createServer((req, res) => {
  active++;
  maxActive = Math.max(maxActive, active);
  console.log('server:', req.url, req.headers.connection);
  setTimeout(() => {
    active--;
    res.end(req.url);
  }, 10);
});
server.on('connection', () => connections++);

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ maxSockets: 1 });
  const name = agent.getName({ host: '127.0.0.1', port });
  let done = 0;
  const finish = () => {
    if (++done < 4) return;
    console.log('max concurrent', maxActive, 'connections', connections);
    setTimeout(() => {
      console.log('sockets left', Object.keys(agent.sockets).length, 'requests left', Object.keys(agent.requests).length);
      server.close(() => console.log('done'));
    }, 20);
  };
  for (const path of ['/1', '/2', '/gone', '/3']) {
    const req = http.get({ port, host: '127.0.0.1', agent, path }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (d) => console.log('client:', d, 'reused', req.reusedSocket));
      res.on('end', finish);
    });
    req.on('error', (e) => {
      console.log('client:', path, e.code, e.message);
      finish();
    });
    if (path === '/gone') setImmediate(() => req.destroy());
  }
  setImmediate(() => console.log('waiting', (agent.requests[name] || []).length));
});
