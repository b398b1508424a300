// Since node 11, nextTick and promise jobs run after each timer callback,
// before the next timer of the same phase.
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('promise from timer 1'));
  process.nextTick(() => console.log('tick from timer 1'));
}, 5);
setTimeout(() => {
  console.log('timer 2');
  queueMicrotask(() => console.log('microtask from timer 2'));
}, 5);
setImmediate(() => {
  console.log('immediate 1');
  Promise.resolve().then(() => console.log('promise from immediate 1'));
});
setImmediate(() => console.log('immediate 2'));
