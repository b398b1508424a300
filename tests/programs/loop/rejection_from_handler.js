// A throw inside a then handler with no catch further down is an unhandled
// rejection, reported once the microtasks drain.
Promise.resolve(1)
  .then((v) => {
    console.log('handler runs with', v);
    throw new Error('escapes the chain');
  })
  .then(() => console.log('skipped'));
process.nextTick(() => console.log('tick before the report'));
