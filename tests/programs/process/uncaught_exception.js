// With an 'uncaughtException' listener, errors thrown from the main script,
// timers, nextTick callbacks and promise jobs no longer end the program. A
// nextTick that throws postpones the rest of the queues to after the next
// callback, as in node.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err instanceof Error ? err.message : err, 'origin:', origin);
});
process.on('exit', (code) => console.log('exit', code));

function stage2() {
  console.log('stage 2');
  queueMicrotask(() => {
    throw new TypeError('from a microtask');
  });
  queueMicrotask(() => {
    console.log('microtask still runs');
    setTimeout(stage3, 1);
  });
}

function stage3() {
  setTimeout(() => console.log('later timer still runs'), 1);
  throw 'a string from a timer';
}

setTimeout(() => {
  process.nextTick(() => {
    throw new Error('from nextTick');
  });
  process.nextTick(() => console.log('next tick after the throw'));
  Promise.resolve().then(() => {
    console.log('microtask after the throw');
    setTimeout(stage2, 1);
  });
}, 1);
throw new Error('from the main script');
