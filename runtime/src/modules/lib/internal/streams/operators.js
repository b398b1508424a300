// The Readable operators (node's lib/internal/streams/operators.js), written
// without async generators: `map`, `filter`, `take` and `drop` return a new
// object-mode Readable over a hand-written async iterator; `toArray`,
// `forEach`, `reduce`, `some`, `every` and `find` return promises. Unlike
// node, `map`/`filter` run one call at a time (the `concurrency` option is
// accepted and ignored) and no AbortSignal is passed to the callbacks.
'use strict';

const { codes } = require('internal/streams/shared');

const kNoOptions = Object.freeze({ signal: undefined });

function validateFn(fn) {
  if (typeof fn !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  }
}

// An async iterable whose next() asks `step(iterator)` for the next result.
function derived(stream, step) {
  const Readable = require('internal/streams/readable');
  const source = stream[Symbol.asyncIterator]();
  const iterable = {
    [Symbol.asyncIterator]() {
      return {
        next: () => step(source),
        return: () => (typeof source.return === 'function'
          ? source.return()
          : Promise.resolve({ value: undefined, done: true })),
      };
    },
  };
  return Readable.from(iterable);
}

function map(fn, options) {
  validateFn(fn);
  return derived(this, async (source) => {
    const r = await source.next();
    if (r.done) return r;
    return { value: await fn(r.value, kNoOptions), done: false };
  });
}

function filter(fn, options) {
  validateFn(fn);
  return derived(this, async (source) => {
    for (;;) {
      const r = await source.next();
      if (r.done) return r;
      if (await fn(r.value, kNoOptions)) return r;
    }
  });
}

function take(number) {
  let left = Number(number);
  return derived(this, async (source) => {
    if (left <= 0) {
      if (typeof source.return === 'function') await source.return();
      return { value: undefined, done: true };
    }
    left--;
    return source.next();
  });
}

function drop(number) {
  let skip = Number(number);
  return derived(this, async (source) => {
    for (;;) {
      const r = await source.next();
      if (r.done || skip <= 0) return r;
      skip--;
    }
  });
}

// Runs `body(value)` for each value until it returns `false`.
async function each(stream, body) {
  const iterator = stream[Symbol.asyncIterator]();
  for (;;) {
    const r = await iterator.next();
    if (r.done) return;
    let goOn;
    try {
      goOn = await body(r.value);
    } catch (err) {
      if (typeof iterator.return === 'function') await iterator.return();
      throw err;
    }
    if (goOn === false) {
      if (typeof iterator.return === 'function') await iterator.return();
      return;
    }
  }
}

async function toArray() {
  const result = [];
  await each(this, (value) => {
    result.push(value);
  });
  return result;
}

async function forEach(fn) {
  validateFn(fn);
  await each(this, async (value) => {
    await fn(value, kNoOptions);
  });
}

async function reduce(reducer, initialValue) {
  validateFn(reducer);
  let hasInitial = arguments.length > 1;
  let acc = initialValue;
  await each(this, async (value) => {
    if (!hasInitial) {
      acc = value;
      hasInitial = true;
    } else {
      acc = await reducer(acc, value, kNoOptions);
    }
  });
  if (!hasInitial) {
    const err = new TypeError('Reduce of an empty stream requires an initial value');
    err.code = 'ERR_INVALID_ARGS';
    throw err;
  }
  return acc;
}

async function find(fn) {
  validateFn(fn);
  let found;
  await each(this, async (value) => {
    if (await fn(value, kNoOptions)) {
      found = value;
      return false;
    }
  });
  return found;
}

async function some(fn) {
  validateFn(fn);
  let result = false;
  await each(this, async (value) => {
    if (await fn(value, kNoOptions)) {
      result = true;
      return false;
    }
  });
  return result;
}

async function every(fn) {
  validateFn(fn);
  let result = true;
  await each(this, async (value) => {
    if (!(await fn(value, kNoOptions))) {
      result = false;
      return false;
    }
  });
  return result;
}

module.exports = {
  streamReturningOperators: { drop, filter, map, take },
  promiseReturningOperators: { every, forEach, reduce, toArray, some, find },
};
