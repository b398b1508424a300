// What node's stream modules take from lib/internal/errors.js,
// lib/internal/validators.js and lib/internal/util.js, in one place: the error
// codes streams throw (with node's messages), `AbortError`, the argument
// validators, `once`, and the dispose symbols. The stream files are ports of
// node v20's lib/internal/streams/*.js and require this module where node
// requires those three.
'use strict';

const binding = require('internal/binding');
const { codedError, describeReceived } = require('internal/errors');

const kTypes = ['string', 'function', 'number', 'object', 'boolean', 'bigint', 'symbol'];

// node's ERR_INVALID_ARG_TYPE wording for one or several expected types:
// `of type string or an instance of Buffer, TypedArray, or DataView`.
function describeExpected(expected) {
  if (!Array.isArray(expected)) expected = [expected];
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value);
    else if (value === 'Object' || value === 'Function') {
      types.push(value.toLowerCase());
    } else if (/^[A-Z]/.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    instances.push('Object');
  }
  const list = (items) => {
    if (items.length > 2) return items.slice(0, -1).join(', ') + ', or ' + items[items.length - 1];
    if (items.length === 2) return items[0] + ' or ' + items[1];
    return items[0];
  };
  let msg = '';
  if (types.length > 0) {
    msg += (types.length > 1 ? 'one of type ' : 'of type ') + list(types);
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += 'an instance of ' + list(instances);
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    msg += other.length > 1 ? 'one of ' + list(other) : other[0];
  }
  return msg;
}

// Each code is a function that `new` (or a plain call) turns into node's error.
function makeCode(code, Base, message) {
  return function (...args) {
    return codedError(Base, code, typeof message === 'function' ? message(...args) : message);
  };
}

const codes = {
  ERR_INVALID_ARG_TYPE: makeCode('ERR_INVALID_ARG_TYPE', TypeError, (name, expected, actual) => {
    const what = 'The "' + name + '" ' + (name.includes('.') ? 'property' : 'argument');
    return what + ' must be ' + describeExpected(expected) + '. ' + describeReceived(actual);
  }),
  ERR_INVALID_ARG_VALUE: makeCode('ERR_INVALID_ARG_VALUE', TypeError, (name, value, reason = 'is invalid') => {
    let inspected = binding.inspect(value);
    if (inspected.length > 128) inspected = inspected.slice(0, 128) + '...';
    const type = name.includes('.') ? 'property' : 'argument';
    return 'The ' + type + " '" + name + "' " + reason + '. Received ' + inspected;
  }),
  ERR_INVALID_RETURN_VALUE: makeCode('ERR_INVALID_RETURN_VALUE', TypeError, (input, name, value) => {
    const type = value && value.constructor && value.constructor.name
      ? 'instance of ' + value.constructor.name
      : 'type ' + typeof value;
    return 'Expected ' + input + ' to be returned from the "' + name + '" function but got ' + type + '.';
  }),
  ERR_METHOD_NOT_IMPLEMENTED: makeCode('ERR_METHOD_NOT_IMPLEMENTED', Error,
    (method) => 'The ' + method + ' method is not implemented'),
  ERR_MISSING_ARGS: makeCode('ERR_MISSING_ARGS', TypeError,
    (name) => 'The "' + name + '" argument must be specified'),
  ERR_MULTIPLE_CALLBACK: makeCode('ERR_MULTIPLE_CALLBACK', Error, 'Callback called multiple times'),
  ERR_OUT_OF_RANGE: makeCode('ERR_OUT_OF_RANGE', RangeError, (name, range, input) =>
    'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' +
      binding.inspect(input)),
  ERR_STREAM_ALREADY_FINISHED: makeCode('ERR_STREAM_ALREADY_FINISHED', Error,
    (method) => 'Cannot call ' + method + ' after a stream was finished'),
  ERR_STREAM_CANNOT_PIPE: makeCode('ERR_STREAM_CANNOT_PIPE', Error, 'Cannot pipe, not readable'),
  ERR_STREAM_DESTROYED: makeCode('ERR_STREAM_DESTROYED', Error,
    (method) => 'Cannot call ' + method + ' after a stream was destroyed'),
  ERR_STREAM_NULL_VALUES: makeCode('ERR_STREAM_NULL_VALUES', TypeError, 'May not write null values to stream'),
  ERR_STREAM_PREMATURE_CLOSE: makeCode('ERR_STREAM_PREMATURE_CLOSE', Error, 'Premature close'),
  ERR_STREAM_PUSH_AFTER_EOF: makeCode('ERR_STREAM_PUSH_AFTER_EOF', Error, 'stream.push() after EOF'),
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT: makeCode('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', Error,
    'stream.unshift() after end event'),
  ERR_STREAM_WRITE_AFTER_END: makeCode('ERR_STREAM_WRITE_AFTER_END', Error, 'write after end'),
  ERR_UNKNOWN_ENCODING: makeCode('ERR_UNKNOWN_ENCODING', TypeError, (enc) => 'Unknown encoding: ' + enc),
};

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// Two errors that happened together (node reports both in an AggregateError).
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) {
    throw new codes.ERR_OUT_OF_RANGE(name, '>= ' + min + ' && <= ' + max, value);
  }
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

// `signal.addEventListener('abort', listener)` that can be taken back.
function addAbortListener(signal, listener) {
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true });
  }
  return {
    [SymbolDispose]() {
      signal.removeEventListener('abort', listener);
    },
  };
}

function once(callback) {
  let called = false;
  return function (...args) {
    if (called) return;
    called = true;
    return Reflect.apply(callback, this, args);
  };
}

// A small AbortController for pipeline()'s internal signal, used when the
// global one is missing: `signal.aborted`, `signal.reason`, and 'abort'
// listeners added with addEventListener.
class SimpleAbortSignal {
  constructor() {
    this.aborted = false;
    this.reason = undefined;
    this.listeners = [];
  }

  addEventListener(type, listener) {
    if (type === 'abort') this.listeners.push(listener);
  }

  removeEventListener(type, listener) {
    const i = this.listeners.indexOf(listener);
    if (i !== -1) this.listeners.splice(i, 1);
  }

  throwIfAborted() {
    if (this.aborted) throw this.reason;
  }
}

class SimpleAbortController {
  constructor() {
    this.signal = new SimpleAbortSignal();
  }

  abort(reason = new AbortError('This operation was aborted')) {
    const signal = this.signal;
    if (signal.aborted) return;
    signal.aborted = true;
    signal.reason = reason;
    const listeners = signal.listeners;
    signal.listeners = [];
    for (const listener of listeners) listener.call(signal, { type: 'abort', target: signal });
  }
}

const AbortControllerImpl =
  typeof globalThis.AbortController === 'function' ? globalThis.AbortController : SimpleAbortController;

const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');
const SymbolAsyncDispose = Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose');
const kEmptyObject = Object.freeze(Object.create(null));

module.exports = {
  codes,
  AbortError,
  aggregateTwoErrors,
  validateObject,
  validateFunction,
  validateBoolean,
  validateInteger,
  validateAbortSignal,
  addAbortListener,
  once,
  SymbolDispose,
  SymbolAsyncDispose,
  kEmptyObject,
  AbortController: AbortControllerImpl,
};
