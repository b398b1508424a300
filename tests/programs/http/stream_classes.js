// http messages and streams: IncomingMessage is a Readable; ServerResponse and
// ClientRequest are Streams but not Writables (node's OutgoingMessage).
const http = require('http'); const stream = require('stream');
const server = http.createServer((req, res) => {
  console.log('req Readable', req instanceof stream.Readable, 'Stream', req instanceof stream.Stream);
  console.log('res Writable', res instanceof stream.Writable, 'Stream', res instanceof stream.Stream);
  console.log('req props', req.readable, req.readableEnded, req.readableFlowing);
  req.on('end', () => { console.log('req end', req.readableEnded, req.complete); res.end('ok'); });
  req.resume();
});
server.listen(0, () => {
  const creq = http.request({ port: server.address().port, method: 'POST' }, (res) => {
    console.log('client res Readable', res instanceof stream.Readable);
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('body', d));
    res.on('end', () => server.close());
  });
  console.log('ClientRequest Writable', creq instanceof stream.Writable, 'Stream', creq instanceof stream.Stream);
  creq.end('payload');
});
