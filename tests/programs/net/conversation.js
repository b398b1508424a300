// A small line protocol: the client asks, the server answers each line; the
// client splits the stream into lines itself, since TCP keeps no message
// boundaries.
const net = require('net');

const answers = { 'hello': 'hi there', 'add 2 3': '5', 'time?': 'no clocks here' };

const server = net.createServer((socket) => {
  socket.setEncoding('utf8');
  let pending = '';
  socket.on('data', (chunk) => {
    pending += chunk;
    let nl;
    while ((nl = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      if (line === 'bye') {
        socket.end('bye\n');
        return;
      }
      socket.write((answers[line] || 'unknown: ' + line) + '\n');
    }
  });
  socket.on('close', () => server.close(() => console.log('server closed')));
});

server.listen(0, '127.0.0.1', () => {
  const questions = ['hello', 'add 2 3', 'time?', 'what?', 'bye'];
  const client = net.createConnection(server.address().port, '127.0.0.1');
  client.setEncoding('utf8');
  let pending = '';
  let asked = 0;
  function ask() {
    const q = questions[asked++];
    console.log('> ' + q);
    client.write(q + '\n');
  }
  client.on('connect', ask);
  client.on('data', (chunk) => {
    pending += chunk;
    let nl;
    while ((nl = pending.indexOf('\n')) >= 0) {
      console.log('< ' + pending.slice(0, nl));
      pending = pending.slice(nl + 1);
      if (asked < questions.length) ask();
    }
  });
  client.on('end', () => console.log('client: server ended'));
});
