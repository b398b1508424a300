// With a keep-alive agent the socket goes back to the pool when the
// response ends, and the response lets go of it (res.socket is null at
// 'end'); without keep-alive the response keeps its socket.
const http = require('http');

const server = http.createServer((req, res) => res.end('hi'));

function get(port, agent, name) {
  return new Promise((resolve) => {
    http.get({ port, host: '127.0.0.1', agent }, (res) => {
      console.log(name, 'socket during the response:', res.socket !== null);
      res.resume();
      res.on('end', () => {
        console.log(name, 'socket at end is null:', res.socket === null);
        resolve();
      });
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const pooled = new http.Agent({ keepAlive: true });
  await get(port, pooled, 'keep-alive');
  await get(port, pooled, 'keep-alive again');
  await get(port, false, 'no agent');
  pooled.destroy();
  server.close(() => console.log('done'));
});
