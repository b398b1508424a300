// An 'unhandledRejection' listener that throws raises an ordinary uncaught
// exception: an 'uncaughtException' listener may take it, and without one
// the 'exit' listeners still run (with code 1) before the error is printed.
let takeIt = true;
process.on('unhandledRejection', (reason) => {
  throw withoutFrames(new Error('rethrow ' + reason));
});
process.on('uncaughtException', (err, origin) => {
  console.log('uncaughtException', err.message, origin);
  if (takeIt) {
    takeIt = false;
    return;
  }
  process.removeAllListeners('uncaughtException');
  Promise.reject('third');
});
process.on('exit', (code) => console.log('exit', code));
Promise.reject('first');
setTimeout(() => Promise.reject('second'), 5);

// The stack printed is the error's `stack`: without frames, since below the
// listener's own they are the runtime's (node's and nodelet's differ).
function withoutFrames(err) {
  err.stack = `${err.name}: ${err.message}`;
  return err;
}
