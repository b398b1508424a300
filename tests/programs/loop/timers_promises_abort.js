// timers/promises with an AbortSignal, when the global AbortController exists;
// otherwise with a hand-made signal object, which the module accepts too.
const { setTimeout: sleep } = require('timers/promises');

function makeController() {
  if (typeof AbortController === 'function') return new AbortController();
  const listeners = [];
  const signal = {
    aborted: false,
    reason: undefined,
    addEventListener: (type, fn) => listeners.push(fn),
    removeEventListener: () => {},
  };
  return {
    signal,
    abort() {
      signal.aborted = true;
      listeners.forEach((fn) => fn());
    },
  };
}

async function main() {
  const ac = makeController();
  const pending = sleep(1000, 'never', { signal: ac.signal });
  setTimeout(() => ac.abort(), 1);
  try {
    await pending;
  } catch (err) {
    console.log('rejected:', err.name, err.code);
  }
  try {
    await sleep(1, 'x', { signal: ac.signal });
  } catch (err) {
    console.log('already aborted:', err.name);
  }
  try {
    await sleep(1, 'x', { ref: 'yes' });
  } catch (err) {
    console.log(err.code);
  }
}
main();
