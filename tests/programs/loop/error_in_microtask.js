// queueMicrotask callbacks are not promise reactions: a throw there is an
// uncaught exception, not a rejection.
queueMicrotask(() => console.log('microtask 1'));
queueMicrotask(() => {
  throw new Error('thrown in a microtask');
});
queueMicrotask(() => console.log('never runs'));
setImmediate(() => console.log('never runs either'));
