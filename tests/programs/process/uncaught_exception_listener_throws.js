// An 'uncaughtException' listener that throws: node prints the new error and
// exits with code 7, without running 'exit' listeners.
process.on('exit', (code) => console.log('exit', code));
process.on('uncaughtException', (err, origin) => {
  console.log('listener got', err.message, origin);
  throw withoutFrames(new Error('again'));
});
setTimeout(() => {
  throw new Error('first');
}, 1);

// The stack printed is the error's `stack`: without frames, since below the
// listener's own they are the runtime's (node's and nodelet's differ).
function withoutFrames(err) {
  err.stack = `${err.name}: ${err.message}`;
  return err;
}
