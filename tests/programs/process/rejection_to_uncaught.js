// Without an 'unhandledRejection' listener, an unhandled rejection goes to
// 'uncaughtException' with origin 'unhandledRejection'; a non-error reason is
// wrapped in node's UnhandledPromiseRejection error.
process.on('uncaughtException', (err, origin) => {
  console.log(origin, '|', err.name, '|', err.code, '|', err.message);
});
Promise.reject(new RangeError('out of range'));
Promise.reject('plain reason');
setTimeout(() => console.log('done'), 2);
