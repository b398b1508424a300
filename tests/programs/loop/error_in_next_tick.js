// An exception in a nextTick callback is uncaught: exit code 1, and nothing
// queued after it runs.
process.nextTick(() => console.log('first tick'));
process.nextTick(() => {
  throw new TypeError('bad tick');
});
process.nextTick(() => console.log('never runs'));
Promise.resolve().then(() => console.log('never runs either'));
