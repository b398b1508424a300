// The JavaScript half of `process`, after node's lib/internal/bootstrap/node.js
// and lib/internal/process/execution.js: it makes `process` an EventEmitter,
// wraps the native exit in node's `process.exit` (which emits 'exit' first),
// makes `stdout`, `stderr` and `stdin` streams on first use, and gives the
// event loop the functions it calls when the program ends, when an exception
// is not caught and when a rejection is not handled.
//
// process.rs runs this once, before the main script, with the main module's
// `require`; `exports` holds the native hooks (raw writes and stdin reads).
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

const reallyExit = process.exit;
hide('reallyExit', reallyExit);

process.exit = function exit(code) {
  if (arguments.length !== 0) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  reallyExit(process.exitCode || 0);
};

// The loop's hooks (hidden, like node's own underscore internals).

// The loop is empty: 'beforeExit' may schedule more work.
hide('_emitBeforeExit', function emitBeforeExit() {
  if (!process._exiting) process.emit('beforeExit', process.exitCode || 0);
});

// The program ends normally.
hide('_emitExit', function emitExit() {
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
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

// A promise rejected with no handler (node's default mode, "throw"): an
// 'unhandledRejection' listener takes it, else it becomes an uncaught
// exception. Returns whether the program goes on.
hide('_unhandledRejection', function unhandledRejection(reason, promise) {
  if (process.emit('unhandledRejection', reason, promise)) return true;
  let err = reason;
  if (!isErrorLike(reason)) {
    err = new Error(
      'This error originated either by throwing inside of an async function without a catch ' +
        'block, or by rejecting a promise which was not handled with .catch(). The promise ' +
        'rejected with the reason "' + formatReason(reason) + '".'
    );
    err.name = 'UnhandledPromiseRejection';
    err.code = 'ERR_UNHANDLED_REJECTION';
  }
  return fatalException(err, true);
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

function emitWarning(warning, type, code) {
  let name = 'Warning';
  if (type !== null && typeof type === 'object') {
    code = type.code;
    name = type.type || name;
  } else if (typeof type === 'string') {
    name = type;
  }
  if (typeof warning === 'string') {
    warning = Object.assign(new Error(warning), { name });
    if (code !== undefined) warning.code = code;
  }
  process.nextTick(() => {
    process.emit('warning', warning);
  });
}
process.emitWarning = emitWarning;

let traceHintShown = false;
// node prints every warning to stderr, whoever else listens.
process.on('warning', (warning) => {
  let text = '(node:' + process.pid + ') ' + (warning.code ? '[' + warning.code + '] ' : '') +
    warning.name + ': ' + warning.message + '\n';
  if (!traceHintShown) {
    traceHintShown = true;
    text += '(Use `node --trace-warnings ...` to show where the warning was created)\n';
  }
  rawStderr.write(text);
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
