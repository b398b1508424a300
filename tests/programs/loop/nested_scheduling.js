// Nested scheduling: each kind of callback scheduling each other kind.
setTimeout(() => {
  console.log('timeout');
  process.nextTick(() => console.log('  tick from timeout'));
  setImmediate(() => {
    console.log('  immediate from timeout');
    process.nextTick(() => console.log('    tick from immediate'));
    Promise.resolve().then(() => {
      console.log('    promise from immediate');
      process.nextTick(() => console.log('      tick from promise'));
      Promise.resolve().then(() => console.log('      promise from promise'));
    });
    setTimeout(() => console.log('    timeout from immediate'), 5);
  });
}, 1);
