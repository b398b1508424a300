// A handler attached later in the same drain counts as handled.
const p = Promise.reject(new Error('late but in time'));
Promise.resolve().then(() => {
  p.catch((e) => console.log('caught:', e.message));
});
process.nextTick(() => console.log('tick runs first'));
