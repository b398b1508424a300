// The order of a response's events: 'finish' as the answer is written,
// then, a tick later, 'close' on the request and then on the response;
// ticks queued before the close run before it, and a listener added after
// end() still hears 'close'.
const http = require('http');

const server = http.createServer((req, res) => {
  req.on('close', () => console.log('req close'));
  res.on('finish', () => {
    console.log('res finish');
    process.nextTick(() => console.log('tick from finish'));
  });
  res.end('ok');
  res.on('close', () => {
    console.log('res close');
    server.close();
  });
  process.nextTick(() => console.log('tick after end'));
  console.log('handler done');
});

server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
    res.resume();
    res.on('end', () => console.log('client got the answer'));
  });
});
