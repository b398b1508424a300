// An uncaught exception still runs the 'exit' listeners, with code 1, before
// the error is reported.
process.on('exit', (code) => console.log('exit listener', code, process.exitCode));
setTimeout(() => {
  console.log('about to throw');
  throw new Error('crash');
}, 1);
