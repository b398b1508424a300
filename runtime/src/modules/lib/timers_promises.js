// `timers/promises`: promise versions of the timer functions, as node's
// lib/timers/promises.js: setTimeout(ms, value) and setImmediate(value)
// resolve with `value`; setInterval(ms, value) is an async iterator that
// yields `value` every `ms`. Options: `signal` (an AbortSignal rejects with
// an AbortError) and `ref: false` (the timer does not keep the loop alive).
'use strict';

const { AbortError, codes } = require('internal/streams/shared');

const timers = {
  setTimeout: globalThis.setTimeout,
  clearTimeout: globalThis.clearTimeout,
  setImmediate: globalThis.setImmediate,
  clearImmediate: globalThis.clearImmediate,
  setInterval: globalThis.setInterval,
  clearInterval: globalThis.clearInterval,
};

function validateOptions(options) {
  if (options === null || typeof options !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const { signal, ref = true } = options;
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  if (typeof ref !== 'boolean') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref);
  }
  return { signal, ref };
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// Runs `schedule(resolve)` unless the signal is already aborted, and wires an
// abort to `cancel` the timer and reject.
function timerPromise(options, schedule, cancel) {
  let valid;
  try {
    valid = validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = valid;
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = schedule((value) => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref && handle && typeof handle.unref === 'function') handle.unref();
    if (signal) {
      onAbort = () => {
        cancel(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(after, value, options = {}) {
  return timerPromise(
    options,
    (done) => timers.setTimeout(() => done(value), after),
    (handle) => timers.clearTimeout(handle)
  );
}

function setImmediate(value, options = {}) {
  return timerPromise(
    options,
    (done) => timers.setImmediate(() => done(value)),
    (handle) => timers.clearImmediate(handle)
  );
}

// An async iterator over an interval: each tick is counted, and next()
// resolves at once while ticks are owed, else at the next tick.
function setInterval(after, value, options = {}) {
  const { signal, ref } = validateOptions(options);
  let notYielded = 0;
  let waiting = null;
  let done = false;
  let handle = null;
  let onAbort;
  if (signal && signal.aborted) {
    done = true;
  } else {
    handle = timers.setInterval(() => {
      notYielded++;
      if (waiting !== null) {
        const resolve = waiting.resolve;
        waiting = null;
        notYielded--;
        resolve({ value, done: false });
      }
    }, after);
    if (!ref) handle.unref();
    if (signal) {
      onAbort = () => {
        stop();
        if (waiting !== null) {
          const reject = waiting.reject;
          waiting = null;
          reject(abortError(signal));
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  }
  function stop() {
    done = true;
    if (handle !== null) timers.clearInterval(handle);
    handle = null;
    if (signal && onAbort) signal.removeEventListener('abort', onAbort);
  }
  return {
    next() {
      if (signal && signal.aborted) return Promise.reject(abortError(signal));
      if (notYielded > 0) {
        notYielded--;
        return Promise.resolve({ value, done: false });
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
      });
    },
    return() {
      stop();
      if (waiting !== null) {
        const resolve = waiting.resolve;
        waiting = null;
        resolve({ value: undefined, done: true });
      }
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

const scheduler = {
  wait(delay, options) {
    return setTimeout(delay, undefined, options);
  },
  yield() {
    return setImmediate();
  },
};

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler,
};
