// The JavaScript half of `process`, after node's lib/internal/bootstrap/node.js
// and lib/internal/process/execution.js: it makes `process` an EventEmitter,
// wraps the native exit in node's `process.exit` (which emits 'exit' first),
// makes `stdout`, `stderr` and `stdin` streams on first use, and gives the
// event loop the functions it calls when the program ends, when an exception
// is not caught and when a rejection is not handled.
//
// process.rs runs this once, before the main script, with the main module's
// `require`; `exports` holds the native hooks (raw writes and stdin reads)
// and the core modules' own `require` (`internalRequire`).
'use strict';

const natives = exports;
const EventEmitter = require('events');

// process → process.__proto__ (named `process`, as in node) → EventEmitter.
function processConstructor() {}
Object.defineProperty(processConstructor, 'name', { value: 'process' });
const processProto = Object.create(EventEmitter.prototype, {
  constructor: { value: processConstructor, writable: true, configurable: true },
});
Object.setPrototypeOf(process, processProto);
EventEmitter.call(process);

function hide(name, value) {
  Object.defineProperty(process, name, { value, writable: true, configurable: true });
}

hide('_exiting', false);

// Errors with node's `code`, as the core modules make them.
const { codedError, describeReceived } = natives.internalRequire('internal/errors');

// node's `validateInteger(value, 'code')` for an exit code.
function validateExitCode(value) {
  if (typeof value !== 'number') {
    throw codedError(
      TypeError,
      'ERR_INVALID_ARG_TYPE',
      'The "code" argument must be of type number. ' + describeReceived(value)
    );
  }
  if (!Number.isInteger(value)) {
    throw codedError(
      RangeError,
      'ERR_OUT_OF_RANGE',
      'The value of "code" is out of range. It must be an integer. Received ' + natives.inspect(value)
    );
  }
  if (value < Number.MIN_SAFE_INTEGER || value > Number.MAX_SAFE_INTEGER) {
    throw codedError(
      RangeError,
      'ERR_OUT_OF_RANGE',
      'The value of "code" is out of range. It must be >= -9007199254740991 && <= ' +
        '9007199254740991. Received ' + natives.inspect(value)
    );
  }
}

// `process.exitCode` checks what it is given, as node's does: an integer, or
// a string that reads as one ('5', '0x10'), which is kept as given; the
// host reads the number through `Number()`.
let exitCode;
Object.defineProperty(process, 'exitCode', {
  enumerable: true,
  configurable: false,
  get() {
    return exitCode;
  },
  set(code) {
    if (code !== null && code !== undefined) {
      let value = code;
      if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
      validateExitCode(value);
    }
    exitCode = code;
  },
});

// The exit code as a number, as node's native side passes it to 'beforeExit'
// and to the 'exit' of a program that ends by itself.
function exitCodeNumber() {
  return exitCode === undefined || exitCode === null ? 0 : Number(exitCode) | 0;
}

const reallyExit = process.exit;
hide('reallyExit', reallyExit);

process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  reallyExit(process.exitCode || 0);
};

// The loop's hooks (hidden, like node's own underscore internals).

// The loop is empty: 'beforeExit' may schedule more work.
hide('_emitBeforeExit', function emitBeforeExit() {
  if (!process._exiting) process.emit('beforeExit', exitCodeNumber());
});

// The program ends normally.
hide('_emitExit', function emitExit() {
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', exitCodeNumber());
  }
});

// node's process._fatalException: true when an 'uncaughtException' listener
// took the error; otherwise 'exit' is emitted with code 1 and the host
// reports the error.
function fatalException(er, fromPromise) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', er, type);
  if (!process.emit('uncaughtException', er, type)) {
    try {
      if (!process._exiting) {
        process._exiting = true;
        process.exitCode = 1;
        process.emit('exit', 1);
      }
    } catch {
      // Nothing to be done about it at this point.
    }
    return false;
  }
  // The queues an error interrupted drain after the next callback; make
  // sure there is one.
  setImmediate(noop);
  return true;
}
hide('_fatalException', fatalException);

function noop() {}

function isErrorLike(o) {
  return typeof o === 'object' && o !== null && Object.prototype.hasOwnProperty.call(o, 'stack');
}

// The reason as `util.format('%s', reason)` shows it.
function formatReason(reason) {
  if (typeof reason === 'string') return reason;
  if ((typeof reason === 'object' && reason !== null) || typeof reason === 'symbol') {
    return natives.inspect(reason);
  }
  return Object.is(reason, -0) ? '-0' : String(reason);
}

// Rejections reported as unhandled, with node's rejection id, so that a
// handler added later can be announced ('rejectionHandled').
const reportedRejections = new WeakMap();

// A promise rejected with no handler (node's default mode, "throw"): an
// 'unhandledRejection' listener takes it (true), else it is to become an
// uncaught exception: the error to hand `_fatalException` is returned. A
// listener that throws is an uncaught exception of its own, which the loop
// handles like any other.
hide('_unhandledRejection', function unhandledRejection(reason, promise, id) {
  reportedRejections.set(promise, id);
  if (process.emit('unhandledRejection', reason, promise)) return true;
  if (isErrorLike(reason)) return reason;
  const err = new Error(
    'This error originated either by throwing inside of an async function without a catch ' +
      'block, or by rejecting a promise which was not handled with .catch(). The promise ' +
      'rejected with the reason "' + formatReason(reason) + '".'
  );
  err.name = 'UnhandledPromiseRejection';
  err.code = 'ERR_UNHANDLED_REJECTION';
  return err;
});

// A promise reported as unhandled got a handler after all: 'rejectionHandled',
// or, with nobody listening, a warning naming the rejection's id.
hide('_rejectionHandled', function rejectionHandled(promise) {
  const id = reportedRejections.get(promise);
  if (id === undefined) return;
  reportedRejections.delete(promise);
  if (!process.emit('rejectionHandled', promise)) {
    const warning = new Error('Promise rejection was handled asynchronously (rejection id: ' + id + ')');
    warning.name = 'PromiseRejectionHandledWarning';
    warning.id = id;
    process.emitWarning(warning);
  }
});

// stdout and stderr: Writables that write through at once, as node's are
// for files and pipes; they cannot be closed.
function createWritableStdioStream(fd, rawWrite, isTTY) {
  const { Writable } = require('stream');
  const stream = new Writable({
    decodeStrings: false,
    write(chunk, encoding, cb) {
      if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8' &&
          typeof Buffer === 'function') {
        chunk = Buffer.from(chunk, encoding);
      }
      rawWrite(chunk);
      cb();
    },
    destroy(err, cb) {
      cb(err);
      this._undestroy();
    },
  });
  stream.fd = fd;
  stream._isStdio = true;
  if (isTTY) stream.isTTY = true;
  return stream;
}

// stdin: a Readable fed by a reader thread. `_read` asks the host for one
// chunk; the chunk arrives in the loop's poll phase.
function createStdin() {
  const { Readable } = require('stream');
  const stdin = new Readable({
    highWaterMark: 64 * 1024,
    read() {
      natives.stdinRead(onChunk);
    },
    destroy(err, cb) {
      natives.stdinStop();
      cb(err);
    },
  });
  function onChunk(err, chunk) {
    if (err) {
      stdin.destroy(err);
    } else {
      stdin.push(chunk);
    }
  }
  stdin.fd = 0;
  if (natives.stdinIsTTY()) stdin.isTTY = true;
  // As in node, a paused stdin stops reading so the process can exit.
  stdin.on('pause', () => {
    process.nextTick(() => {
      if (!stdin.readableFlowing) natives.stdinStop();
    });
  });
  return stdin;
}

function lazyStream(name, make) {
  let stream;
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: true,
    get() {
      stream ??= make();
      return stream;
    },
  });
}

const rawStdout = process.stdout;
const rawStderr = process.stderr;
lazyStream('stdout', () => createWritableStdioStream(1, rawStdout.write, rawStdout.isTTY));
lazyStream('stderr', () => createWritableStdioStream(2, rawStderr.write, rawStderr.isTTY));
lazyStream('stdin', createStdin);

// `process.emitWarning`, after node's lib/internal/process/warning.js: the
// warning becomes an Error (named after its type) and is emitted as a
// 'warning' event on the next tick, never at once.
function emitWarning(warning, type, code) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    type = 'Warning';
    code = undefined;
  }
  if (typeof code === 'function') code = undefined;
  if (typeof warning === 'string') {
    warning = new Error(warning);
    warning.name = String(type || 'Warning');
    if (code !== undefined) warning.code = code;
    if (detail !== undefined) warning.detail = detail;
  } else if (!(warning instanceof Error)) {
    throw codedError(
      TypeError,
      'ERR_INVALID_ARG_TYPE',
      'The "warning" argument must be of type string or an instance of Error. ' +
        describeReceived(warning)
    );
  }
  if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
  process.nextTick(emitWarningEvent, warning);
}
process.emitWarning = emitWarning;

function emitWarningEvent(warning) {
  process.emit('warning', warning);
}

// The hint about --trace-warnings comes with the first warning only.
let traceHintShown = false;

// node prints every warning to stderr, whoever else listens (its own
// listener, added here before any of the program's).
process.on('warning', function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  let text = '(node:' + process.pid + ') ' + (warning.code ? '[' + warning.code + '] ' : '');
  text += typeof warning.toString === 'function'
    ? String(warning.toString())
    : Error.prototype.toString.call(warning);
  if (typeof warning.detail === 'string') text += '\n' + warning.detail;
  if (!traceHintShown) {
    traceHintShown = true;
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    text += '\n(Use `node ' + flag + ' ...` to show where the warning was created)';
  }
  rawStderr.write(text + '\n');
});

// `URL` and `URLSearchParams` load the url module on first use: the getter
// replaces itself with the value, so startup does not pay for the parser.
for (const name of ['URL', 'URLSearchParams']) {
  const define = (value) => {
    Object.defineProperty(globalThis, name, {
      value,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  };
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable: false,
    get() {
      const value = require('url')[name];
      define(value);
      return value;
    },
    set: define,
  });
}
