// An exception thrown by a timer callback is uncaught: the process prints it
// and exits with code 1, and later callbacks never run.
setTimeout(() => console.log('runs first'), 1);
setTimeout(() => {
  throw new Error('boom in timer');
}, 5);
setTimeout(() => console.log('never runs'), 50);
