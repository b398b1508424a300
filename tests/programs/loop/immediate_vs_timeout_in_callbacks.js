// Inside a timer callback, setImmediate always runs before setTimeout(0):
// the check phase comes before the next timers phase.
setTimeout(() => {
  setTimeout(() => console.log('timeout from timeout'), 0);
  setImmediate(() => console.log('immediate from timeout'));
}, 1);
// Inside an immediate, a new immediate waits for the next check phase, and
// nextTick and promise jobs run between immediates.
setTimeout(() => {
  setImmediate(() => {
    console.log('immediate A');
    setImmediate(() => console.log('immediate C (queued by A)'));
    process.nextTick(() => console.log('tick after A'));
    Promise.resolve().then(() => console.log('promise after A'));
  });
  setImmediate(() => console.log('immediate B'));
}, 20);
