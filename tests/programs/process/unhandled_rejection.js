// An 'unhandledRejection' listener receives the reason and the promise, and
// the program goes on with exit code 0. A rejection handled before the end of
// the microtask drain is not reported.
const rejected = [];
process.on('unhandledRejection', (reason, promise) => {
  rejected.push(promise);
  console.log('unhandled:', reason instanceof Error ? reason.message : reason,
    promise instanceof Promise);
});
const p = Promise.reject(new Error('first'));
Promise.reject(42);
const late = Promise.reject(new Error('handled in time'));
Promise.resolve().then(() => late.catch(() => console.log('late catch')));
(async () => {
  throw new Error('from async');
})();
setTimeout(() => {
  console.log('still running;', rejected.length, 'reported; first is p:', rejected[0] === p);
}, 5);
