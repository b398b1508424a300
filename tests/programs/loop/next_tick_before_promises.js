// After the main script: every nextTick first (including ones queued by ticks),
// then every promise job and queueMicrotask callback, in FIFO order.
console.log('main start');
process.nextTick(() => {
  console.log('tick 1');
  process.nextTick(() => console.log('tick 3 (queued by tick 1)'));
  Promise.resolve().then(() => console.log('promise queued by tick 1'));
});
process.nextTick((a, b) => console.log('tick 2 with args', a, b), 'x', 42);
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick queued by promise 1'));
  queueMicrotask(() => console.log('microtask queued by promise 1'));
});
queueMicrotask(() => console.log('microtask 1'));
Promise.resolve().then(() => console.log('promise 2'));
console.log('main end');
