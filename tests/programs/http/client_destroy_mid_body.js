// Destroying or aborting a request while its response is arriving: the
// response is 'aborted', and its 'error' goes only to 'error' listeners
// (none here, so no crash); the request closes before the response. An
// abort() before the request had a socket closes it at once, and 'abort'
// follows.
const http = require('http');

const server = http.createServer((req, res) => {
  res.write('partial');
});

function destroyWhileReading(port, how, listenForErrors) {
  return new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
      res.on('aborted', () => console.log(how, 'response aborted'));
      if (listenForErrors) res.on('error', (e) => console.log(how, 'response error', e.code, e.message));
      res.on('close', () => {
        console.log(how, 'response close');
        resolve();
      });
      res.once('data', () => req[how]());
    });
    req.on('abort', () => console.log(how, 'request abort'));
    req.on('error', (e) => console.log(how, 'request error', e.code));
    req.on('close', () => console.log(how, 'request close'));
  });
}

function abortAtOnce(port) {
  return new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1' });
    req.on('abort', () => {
      console.log('at once: abort');
      resolve();
    });
    req.on('error', (e) => console.log('at once: error', e.code));
    req.on('close', () => console.log('at once: close'));
    req.abort();
  });
}

function destroyAtOnce(port) {
  return new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1' });
    req.on('error', (e) => console.log('destroyed at once: error', e.code, e.message));
    req.on('close', () => {
      console.log('destroyed at once: close');
      resolve();
    });
    req.destroy();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await destroyWhileReading(port, 'destroy', false);
  await destroyWhileReading(port, 'destroy', true);
  await destroyWhileReading(port, 'abort', false);
  await abortAtOnce(port);
  await destroyAtOnce(port);
  server.closeAllConnections();
  server.close(() => console.log('done'));
});
