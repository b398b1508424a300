// listen(0) with no host binds every interface as `::` (IPv6, which takes
// IPv4 too): an IPv4 client shows up as an IPv4-mapped IPv6 address. connect
// with no host goes to localhost.
const net = require('net');

const server = net.createServer((socket) => {
  console.log('remote', socket.remoteAddress, socket.remoteFamily);
  socket.end();
});

server.listen(0, () => {
  const { address, family, port } = server.address();
  console.log(address, family, typeof port);
  let seen = '';
  const client = net.connect(port, () => {
    seen = 'connected to ' + client.remoteAddress;
  });
  client.on('end', () => server.close(() => console.log(seen + ', closed')));
  client.resume();
});
