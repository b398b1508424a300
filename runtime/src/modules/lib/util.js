// `util`: format and inspect (the same code as console.log, through native
// hooks), inherits, promisify, deprecate, isDeepStrictEqual and the basic
// `types` checks, after node's lib/util.js.
'use strict';

const binding = require('internal/binding');
const { codedError, invalidArgType, validateFunction, emitWarning } = require('internal/errors');
const { isDeepStrictEqual } = require('internal/comparisons');

function format(...args) {
  return binding.format(...args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw invalidArgType('inspectOptions', 'object', inspectOptions);
  }
  return binding.format(...args);
}

// node's `inspect(value, options)`, and its legacy form
// `inspect(value, showHidden, depth, colors)`: the options given are merged
// over `inspect.defaultOptions` here, and the native formatter reads them.
function inspect(value, opts) {
  const ctx = { ...inspect.defaultOptions };
  if (arguments.length > 1) {
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of Object.keys(opts)) {
        if (Object.prototype.hasOwnProperty.call(inspect.defaultOptions, key)) {
          ctx[key] = opts[key];
        }
      }
    }
  }
  return binding.inspect(value, ctx);
}
inspect.custom = Symbol.for('nodejs.util.inspect.custom');
inspect.defaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw invalidArgType('superCtor', 'function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw invalidArgType('superCtor.prototype', 'object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    value: superCtor,
    writable: true,
    configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');

// Wraps a function taking a node-style callback `(err, value)` so that it
// returns a promise instead.
function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisified]) {
    const fn = original[kCustomPromisified];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisified, {
      value: fn,
      enumerable: false,
      writable: false,
      configurable: true,
    });
  }
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        resolve(values[0]);
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisified, {
    value: fn,
    enumerable: false,
    writable: false,
    configurable: true,
  });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const key of Reflect.ownKeys(descriptors)) {
    if (key === 'length' || key === 'name' || key === 'prototype') continue;
    Object.defineProperty(fn, key, descriptors[key]);
  }
  return fn;
}
promisify.custom = kCustomPromisified;

// The reverse: a promise-returning function made to take a callback.
function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const cb = args.pop();
    validateFunction(cb, 'last argument');
    const onRejected = (reason) => {
      if (!reason) {
        const err = codedError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
        err.reason = reason;
        reason = err;
      }
      cb(reason);
    };
    Reflect.apply(original, this, args).then((ret) => {
      queueMicrotask(() => cb(null, ret));
    }, (reason) => {
      queueMicrotask(() => onRejected(reason));
    });
  }
  return callbackified;
}

const deprecationsShown = new Set();

function deprecate(fn, msg, code) {
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code === undefined || !deprecationsShown.has(code)) {
        if (code !== undefined) deprecationsShown.add(code);
        emitWarning(msg, 'DeprecationWarning', code);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  return deprecated;
}

const tagOf = (v) => Object.prototype.toString.call(v);
const tagCheck = (tag) => (v) => v !== null && typeof v === 'object' && tagOf(v) === tag;

const types = {
  isPromise: (v) => v instanceof Promise,
  isDate: tagCheck('[object Date]'),
  isRegExp: tagCheck('[object RegExp]'),
  isMap: tagCheck('[object Map]'),
  isSet: tagCheck('[object Set]'),
  isWeakMap: tagCheck('[object WeakMap]'),
  isWeakSet: tagCheck('[object WeakSet]'),
  isNativeError: (v) => v instanceof Error,
  isAsyncFunction: (v) => typeof v === 'function' && tagOf(v) === '[object AsyncFunction]',
  isGeneratorFunction: (v) =>
    typeof v === 'function' &&
    (tagOf(v) === '[object GeneratorFunction]' || tagOf(v) === '[object AsyncGeneratorFunction]'),
  isGeneratorObject: tagCheck('[object Generator]'),
  isBoxedPrimitive: (v) =>
    v !== null &&
    typeof v === 'object' &&
    ['[object Number]', '[object String]', '[object Boolean]', '[object Symbol]'].includes(tagOf(v)),
  isNumberObject: tagCheck('[object Number]'),
  isStringObject: tagCheck('[object String]'),
  isBooleanObject: tagCheck('[object Boolean]'),
  isSymbolObject: tagCheck('[object Symbol]'),
};

module.exports = {
  format,
  formatWithOptions,
  inspect,
  inherits,
  promisify,
  callbackify,
  deprecate,
  isDeepStrictEqual,
  types,
  isArray: Array.isArray,
  isBoolean: (v) => typeof v === 'boolean',
  isNull: (v) => v === null,
  isNullOrUndefined: (v) => v === null || v === undefined,
  isNumber: (v) => typeof v === 'number',
  isString: (v) => typeof v === 'string',
  isSymbol: (v) => typeof v === 'symbol',
  isUndefined: (v) => v === undefined,
  isRegExp: types.isRegExp,
  isObject: (v) => v !== null && typeof v === 'object',
  isDate: types.isDate,
  isError: types.isNativeError,
  isFunction: (v) => typeof v === 'function',
  isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
};
