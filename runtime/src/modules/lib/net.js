// `net`: TCP servers and connections, after node's lib/net.js. The sockets
// themselves live in Rust (runtime/src/net/): this file opens them through
// the binding (`tcpListen`, `tcpConnect`, `tcpWrite`…) and receives their
// events through one dispatcher, `dispatch(owner, event, ...args)`, which the
// loop calls in its poll phase. A `Socket` is a duplex stream with node's
// events (connect, ready, data, end, finish, close, error, drain); a `Server`
// accepts connections and emits them as Sockets.
//
// Bytes travel from Rust as strings with one character per byte; without an
// encoding set, 'data' chunks become Buffers (when the Buffer global exists).
'use strict';

const EventEmitter = require('events');
const binding = require('internal/binding');
const { codedError, invalidArgType } = require('internal/errors');

// The events the native side reports (runtime/src/net/mod.rs, `event`).
const EV_CONNECTION = 0;
const EV_CONNECT = 1;
const EV_DATA = 2;
const EV_END = 3;
const EV_ERROR = 4;
const EV_WRITTEN = 5;

const DEFAULT_HIGH_WATER_MARK = 16384;

function dispatch(owner, event, a, b, c) {
  switch (event) {
    case EV_CONNECTION: return onConnection(owner, a, b, c);
    case EV_CONNECT: return owner._onConnect(a);
    case EV_DATA: return owner._onData(a, b);
    case EV_END: return owner._onEnd();
    case EV_ERROR: return owner._onError(a, b);
    case EV_WRITTEN: return owner._onWritten(a, b);
  }
  return undefined;
}
binding.netInit(dispatch);

// ---------------------------------------------------------------------------
// Errors, as node's lib/internal/errors.js builds them
// ---------------------------------------------------------------------------

function errName(errno) {
  return binding.uvErrName(errno);
}

// `connect ECONNREFUSED 127.0.0.1:1` (node's exceptionWithHostPort).
function exceptionWithHostPort(errno, syscall, address, port) {
  const [code] = errName(errno);
  let details = '';
  if (port && port > 0) details = ' ' + address + ':' + port;
  else if (address) details = ' ' + address;
  const err = new Error(syscall + ' ' + code + details);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return cleanStack(err);
}

// `listen EADDRINUSE: address already in use 127.0.0.1:8000`
// (node's uvExceptionWithHostPort).
function uvExceptionWithHostPort(errno, syscall, address, port) {
  const [code, description] = errName(errno);
  let details = '';
  if (port && port > 0) details = ' ' + address + ':' + port;
  else if (address) details = ' ' + address;
  const err = new Error(syscall + ' ' + code + ': ' + description + details);
  err.code = code;
  err.errno = errno;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return cleanStack(err);
}

// `read ECONNRESET` (node's errnoException).
function errnoException(errno, syscall) {
  const [code] = errName(errno);
  const err = new Error(syscall + ' ' + code);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return cleanStack(err);
}

// `getaddrinfo ENOTFOUND nosuchhost` (node's dnsException).
function dnsException(errno, hostname) {
  const [code] = errName(errno);
  const err = new Error('getaddrinfo ' + code + ' ' + hostname);
  err.errno = errno;
  err.code = code;
  err.syscall = 'getaddrinfo';
  err.hostname = hostname;
  return cleanStack(err);
}

// These errors come from the loop, not from a script's call: node's stack is
// the message alone plus internal frames; we keep only the message line.
function cleanStack(err) {
  err.stack = 'Error: ' + err.message;
  return err;
}

function streamError(Base, code, message) {
  return codedError(Base, code, message);
}

// ---------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

function isIPv4(s) {
  return typeof s === 'string' && IPV4.test(s);
}

function isIPv6(s) {
  if (typeof s !== 'string' || !s.includes(':')) return false;
  return /^[0-9a-fA-F:.]+(%[\w.-]+)?$/.test(s) && s.split('::').length <= 2;
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

function validatePort(port, name) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim() === '') ||
      +port !== (+port >>> 0) || +port > 0xFFFF) {
    const shown = typeof port === 'string' ? "'" + port + "'" : String(port);
    throw codedError(RangeError, 'ERR_SOCKET_BAD_PORT',
      (name || 'Port') + ' should be >= 0 and < 65536. Received type ' + typeof port +
      ' (' + shown + ').');
  }
  return +port;
}

// ---------------------------------------------------------------------------
// Bytes and Buffers
// ---------------------------------------------------------------------------

function hasBuffer() {
  return typeof Buffer === 'function' && typeof Buffer.from === 'function';
}

// A chunk from the native side (one character per byte) as node hands it out.
function bytesToChunk(bytes, encoding) {
  if (encoding === 'utf8' || encoding === 'latin1') return bytes;
  if (hasBuffer()) {
    const buf = Buffer.from(bytes, 'latin1');
    return encoding ? buf.toString(encoding) : buf;
  }
  return encoding ? binding.bytesDecode(bytes, encoding) : bytes;
}

// What a write hands to the native side: `[data, encoding, byteLength]`.
function toWritable(chunk, encoding) {
  if (typeof chunk === 'string') {
    const enc = normalizeEncoding(encoding) || 'utf8';
    if (enc === 'utf8') return [chunk, 'utf8', binding.byteLength(chunk, 'utf8')];
    if (enc === 'latin1') return [chunk, 'latin1', chunk.length];
    if (hasBuffer()) {
      const buf = Buffer.from(chunk, enc);
      return [buf.toString('latin1'), 'latin1', buf.length];
    }
    const bytes = binding.bytesEncode(chunk, enc);
    return [bytes, 'latin1', bytes.length];
  }
  if (hasBuffer() && chunk instanceof Uint8ArrayLike()) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    return [buf.toString('latin1'), 'latin1', buf.length];
  }
  return null;
}

function Uint8ArrayLike() {
  return typeof Uint8Array === 'function' ? Uint8Array : Buffer;
}

function normalizeEncoding(enc) {
  if (enc == null || enc === '') return undefined;
  const e = String(enc).toLowerCase();
  switch (e) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'latin1': case 'binary': return 'latin1';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'hex': case 'base64': case 'base64url': case 'ascii': return e;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Socket
// ---------------------------------------------------------------------------

class Socket extends EventEmitter {
  constructor(options) {
    super();
    options = options || {};
    this._handle = null;
    this.connecting = false;
    this._host = null;
    this._peer = null;
    this._sockname = null;
    this.bytesRead = 0;
    this._bytesDispatched = 0;
    this.destroyed = false;
    this.allowHalfOpen = Boolean(options.allowHalfOpen);
    this.server = null;
    this._server = null;
    // Readable side.
    this.readable = true;
    this._encoding = undefined;
    this._flowing = null;
    this._buffered = [];
    this._bufferedBytes = 0;
    this._readingNative = false;
    this._eof = false;
    this.readableEnded = false;
    // Writable side.
    this.writable = true;
    this.writableHighWaterMark = DEFAULT_HIGH_WATER_MARK;
    this._writableLength = 0;
    this._writeRequests = [];
    this._syncCallbacks = 0;
    this._needDrain = false;
    this._ending = false;
    this.writableEnded = false;
    this.writableFinished = false;
    this._onFinished = [];
    this._refed = true;
    if (typeof options.handle === 'number') {
      this._handle = options.handle;
      this._startReading();
    }
  }

  get bytesWritten() {
    return this._bytesDispatched;
  }

  get writableLength() {
    return this._writableLength;
  }

  get readableLength() {
    return this._bufferedBytes;
  }

  get readableFlowing() {
    return this._flowing;
  }

  get pending() {
    return !this._handle || this.connecting;
  }

  get readyState() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }

  get remoteAddress() {
    const peer = this._getpeername();
    return peer.address;
  }

  get remoteFamily() {
    return this._getpeername().family;
  }

  get remotePort() {
    return this._getpeername().port;
  }

  get localAddress() {
    return this._getsockname().address;
  }

  get localPort() {
    return this._getsockname().port;
  }

  get localFamily() {
    return this._getsockname().family;
  }

  _getpeername() {
    if (!this._peer && this._handle && !this.connecting) {
      const a = binding.tcpAddress(this._handle, true);
      if (a) this._peer = { address: a[0], family: a[1], port: a[2] };
    }
    return this._peer || {};
  }

  _getsockname() {
    if (!this._sockname && this._handle) {
      const a = binding.tcpAddress(this._handle, false);
      if (a) this._sockname = { address: a[0], family: a[1], port: a[2] };
    }
    return this._sockname || {};
  }

  address() {
    return this._getsockname();
  }

  connect(...args) {
    const [options, cb] = normalizeConnectArgs(args);
    if (this.destroyed) {
      this.destroyed = false;
      this.readable = this.writable = true;
    }
    if (typeof cb === 'function') this.once('connect', cb);
    const port = options.port === undefined ? undefined : validatePort(options.port);
    if (port === undefined) {
      throw invalidArgType('options.port', 'of type number or string', options.port);
    }
    const host = options.host || 'localhost';
    this._host = host;
    this.connecting = true;
    const target = host === 'localhost' ? '127.0.0.1' : host;
    const token = binding.tcpConnect(this, target, port);
    if (token < 0) {
      const err = token === -3008
        ? dnsException(token, host)
        : exceptionWithHostPort(token, 'connect', target, port);
      process.nextTick(() => {
        this.connecting = false;
        this.destroy(err);
      });
      return this;
    }
    this._handle = token;
    this._connectAddress = target;
    this._connectPort = port;
    if (!this._refed) binding.tcpRef(token, false);
    return this;
  }

  _onConnect(errno) {
    if (this.destroyed) return;
    if (errno !== 0) {
      this.connecting = false;
      this.destroy(exceptionWithHostPort(errno, 'connect', this._connectAddress,
        this._connectPort));
      return;
    }
    this.connecting = false;
    this._startReading();
    this.emit('connect');
    this.emit('ready');
    if (this._ending && this._writeRequests.length === 0) this._maybeFinish();
  }

  // --- Reading ---------------------------------------------------------------

  _startReading() {
    if (this._handle && !this._readingNative && !this._eof) {
      this._readingNative = true;
      binding.tcpReadStart(this._handle);
    }
  }

  _stopReading() {
    if (this._handle && this._readingNative) {
      this._readingNative = false;
      binding.tcpReadStop(this._handle);
    }
  }

  setEncoding(encoding) {
    const enc = normalizeEncoding(encoding);
    if (encoding !== undefined && encoding !== null && enc === undefined) {
      throw codedError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + encoding);
    }
    this._encoding = enc || 'utf8';
    if (this._handle) {
      binding.tcpSetEncoding(this._handle, this._encoding);
    }
    return this;
  }

  on(event, listener) {
    super.on(event, listener);
    if (event === 'data' && this._flowing !== false) this.resume();
    return this;
  }

  addListener(event, listener) {
    return this.on(event, listener);
  }

  // As in node, a paused socket keeps reading into its buffer up to the
  // high-water mark; only then does the kernel hold the rest back.
  pause() {
    if (this._flowing !== false) {
      this._flowing = false;
      this.emit('pause');
    }
    return this;
  }

  resume() {
    if (!this._flowing) {
      this._flowing = true;
      process.nextTick(() => this._flow());
      this.emit('resume');
    }
    return this;
  }

  isPaused() {
    return this._flowing === false;
  }

  _flow() {
    while (this._flowing && this._buffered.length > 0) {
      const [chunk, n] = this._buffered.shift();
      this._bufferedBytes -= n;
      this.emit('data', chunk);
    }
    if (!this._flowing) return;
    if (this._eof && !this.readableEnded) {
      this._emitEnd();
      return;
    }
    this._startReading();
  }

  _onData(bytes, n) {
    if (this.destroyed) return;
    const count = n || bytes.length;
    this.bytesRead += count;
    const chunk = bytesToChunk(bytes, this._encoding);
    if (this._flowing && this._buffered.length === 0) {
      this.emit('data', chunk);
      return;
    }
    this._buffered.push([chunk, count]);
    this._bufferedBytes += count;
    if (this._bufferedBytes >= DEFAULT_HIGH_WATER_MARK) this._stopReading();
  }

  _onEnd() {
    this._eof = true;
    this._readingNative = false;
    if (this._buffered.length === 0 || this._flowing) {
      process.nextTick(() => {
        if (this._buffered.length === 0 && !this.readableEnded) this._emitEnd();
      });
    }
  }

  _emitEnd() {
    if (this.readableEnded || this.destroyed) return;
    this.readableEnded = true;
    this.readable = false;
    this.emit('end');
    if (!this.allowHalfOpen && !this._ending) {
      this.end();
    }
    this._maybeDestroy();
  }

  _onError(errno, syscall) {
    this.destroy(errnoException(errno, syscall));
  }

  // --- Writing ---------------------------------------------------------------

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk === null) {
      throw codedError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
    }
    const data = toWritable(chunk, encoding);
    if (data === null) {
      throw invalidArgType('chunk', 'of type string or an instance of Buffer or Uint8Array', chunk);
    }
    let err = null;
    if (this._ending) {
      err = codedError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
    } else if (this.destroyed) {
      err = codedError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed');
    } else if (!this._handle) {
      err = codedError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed');
    }
    if (err) {
      process.nextTick(() => {
        if (typeof cb === 'function') cb(err);
        if (err.code !== 'ERR_STREAM_DESTROYED') this.destroy(err);
      });
      return false;
    }
    const len = data[2];
    this._writableLength += len;
    const queued = binding.tcpWrite(this._handle, data[0], data[1]);
    if (queued < 0) {
      const werr = errnoException(queued, 'write');
      this._writableLength -= len;
      process.nextTick(() => {
        if (typeof cb === 'function') cb(werr);
        this.destroy(werr);
      });
      return false;
    }
    if (queued === 0) {
      // The kernel took it all: the callback still runs later, as in node.
      this._writableLength -= len;
      this._bytesDispatched += len;
      this._syncCallbacks++;
      process.nextTick(() => {
        this._syncCallbacks--;
        this._afterWrite(cb);
      });
    } else {
      this._writeRequests.push([len, cb]);
    }
    // As in node, a write the kernel took at once does not count against
    // the high-water mark.
    const ret = this._writableLength < this.writableHighWaterMark;
    if (!ret) this._needDrain = true;
    return ret;
  }

  _onWritten(done, queued) {
    for (let i = 0; i < done; i++) {
      const req = this._writeRequests.shift();
      if (!req) break;
      this._writableLength -= req[0];
      this._bytesDispatched += req[0];
      this._afterWrite(req[1]);
    }
  }

  _afterWrite(cb) {
    if (this._needDrain && this._writableLength === 0 && !this._ending && !this.destroyed) {
      this._needDrain = false;
      this.emit('drain');
    }
    if (typeof cb === 'function') cb(null);
    if (this._ending) this._maybeFinish();
  }

  cork() {}

  uncork() {}

  setNoDelay(noDelay) {
    if (this._handle) binding.tcpSetNoDelay(this._handle, noDelay === undefined ? true : !!noDelay);
    return this;
  }

  setKeepAlive() {
    return this;
  }

  setTimeout(ms, cb) {
    if (typeof cb === 'function') {
      if (ms === 0) this.removeListener('timeout', cb);
      else this.once('timeout', cb);
    }
    if (ms > 0 && this._timeout && this._timeoutMs === ms) {
      // The same delay again (a kept-alive connection after each request):
      // restart the timer rather than make a new one.
      this._timeout.refresh();
      return this;
    }
    if (this._timeout) clearTimeout(this._timeout);
    this._timeout = null;
    if (ms > 0) {
      this._timeoutMs = ms;
      this._timeout = setTimeout(() => {
        this._timeout = null;
        this.emit('timeout');
      }, ms);
      this._timeout.unref();
    }
    return this;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (typeof cb === 'function') {
      if (this.writableFinished) process.nextTick(cb);
      else this._onFinished.push(cb);
    }
    if (this._ending || this.destroyed) return this;
    this._ending = true;
    this.writableEnded = true;
    if (this._handle && !this.connecting) {
      binding.tcpShutdown(this._handle);
    }
    this._maybeFinish();
    return this;
  }

  _maybeFinish() {
    if (this.writableFinished || this._finishQueued || this.connecting) return;
    if (this._writeRequests.length > 0 || this._syncCallbacks > 0) return;
    this._finishQueued = true;
    if (this._handle) binding.tcpShutdown(this._handle);
    process.nextTick(() => {
      this._finishQueued = false;
      if (this.writableFinished || this.destroyed) return;
      this.writableFinished = true;
      this.writable = false;
      // end()'s callbacks run before 'finish' listeners, as in node.
      for (const cb of this._onFinished.splice(0)) cb();
      this.emit('finish');
      this._maybeDestroy();
    });
  }

  _maybeDestroy() {
    if (this.readableEnded && this.writableFinished) this.destroy();
  }

  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', () => this.destroy());
  }

  resetAndDestroy() {
    return this.destroy();
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this.readable = false;
    this.writable = false;
    this.connecting = false;
    if (this._timeout) {
      clearTimeout(this._timeout);
      this._timeout = null;
    }
    const hadHandle = this._handle !== null;
    if (this._handle !== null) {
      this._getpeername();
      this._getsockname();
      binding.tcpClose(this._handle);
      this._handle = null;
    }
    this._writeRequests = [];
    if (err) {
      this.errored = err;
      process.nextTick(() => this.emit('error', err));
    }
    const server = this._server;
    const close = () => {
      this.emit('close', !!err);
      if (server) {
        server._connections--;
        server._emitCloseIfDrained();
      }
    };
    // node emits 'close' from the handle's close callback, in the loop's close
    // phase; an immediate comes right before it.
    if (hadHandle) setImmediate(close);
    else process.nextTick(close);
    return this;
  }

  ref() {
    this._refed = true;
    if (this._handle) binding.tcpRef(this._handle, true);
    return this;
  }

  unref() {
    this._refed = false;
    if (this._handle) binding.tcpRef(this._handle, false);
    return this;
  }

  pipe(dest, options) {
    const src = this;
    src.on('data', (chunk) => {
      if (dest.write(chunk) === false) {
        src.pause();
        dest.once('drain', () => src.resume());
      }
    });
    if (!options || options.end !== false) {
      src.once('end', () => dest.end());
    }
    dest.emit('pipe', src);
    return dest;
  }

  async *[Symbol.asyncIterator]() {
    const queue = [];
    let done = false;
    let failure = null;
    let wake = null;
    const notify = () => {
      if (wake) {
        const w = wake;
        wake = null;
        w();
      }
    };
    this.on('data', (chunk) => {
      queue.push(chunk);
      notify();
    });
    this.once('end', () => {
      done = true;
      notify();
    });
    this.once('error', (err) => {
      failure = err;
      notify();
    });
    this.once('close', () => {
      done = true;
      notify();
    });
    while (true) {
      if (queue.length > 0) {
        yield queue.shift();
        continue;
      }
      if (failure) throw failure;
      if (done) return;
      await new Promise((resolve) => {
        wake = resolve;
      });
    }
  }
}

function normalizeConnectArgs(args) {
  if (args.length === 0) return [{}, null];
  const last = args[args.length - 1];
  const cb = typeof last === 'function' ? last : null;
  const first = args[0];
  if (first !== null && typeof first === 'object') return [first, cb];
  const options = { port: first };
  if (typeof args[1] === 'string') options.host = args[1];
  return [options, cb];
}

function connect(...args) {
  const [options, cb] = normalizeConnectArgs(args);
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(options, cb);
}

// ---------------------------------------------------------------------------
// Server
// ---------------------------------------------------------------------------

function onConnection(server, token, address, port) {
  if (!server._handle) return undefined;
  const socket = new Socket({ handle: token, allowHalfOpen: server.allowHalfOpen });
  socket._peer = { address, family: address.includes(':') ? 'IPv6' : 'IPv4', port };
  socket.server = server;
  socket._server = server;
  server._connections++;
  if (server.noDelay) socket.setNoDelay(true);
  server.emit('connection', socket);
  return socket;
}

class Server extends EventEmitter {
  constructor(options, connectionListener) {
    super();
    if (typeof options === 'function') {
      connectionListener = options;
      options = {};
    }
    options = options || {};
    if (typeof connectionListener === 'function') {
      this.on('connection', connectionListener);
    }
    this._handle = null;
    this._connections = 0;
    this._refed = true;
    this.allowHalfOpen = Boolean(options.allowHalfOpen);
    this.noDelay = Boolean(options.noDelay);
    this.maxConnections = undefined;
  }

  get listening() {
    return this._handle !== null;
  }

  get connections() {
    return this._connections;
  }

  listen(...args) {
    let cb = typeof args[args.length - 1] === 'function' ? args.pop() : null;
    let port = 0;
    let host;
    const first = args[0];
    if (first !== null && typeof first === 'object') {
      port = first.port === undefined ? 0 : first.port;
      host = first.host;
    } else {
      if (first !== undefined && first !== null) port = first;
      if (typeof args[1] === 'string') host = args[1];
    }
    port = validatePort(port, 'options.port');
    if (this._handle !== null) {
      throw codedError(Error, 'ERR_SERVER_ALREADY_LISTEN',
        'Listen method has been called more than once without closing.');
    }
    if (cb) this.once('listening', cb);
    const bindHost = host === 'localhost' ? '127.0.0.1' : host;
    const token = binding.tcpListen(this, bindHost, port);
    if (token < 0) {
      const address = bindHost || '::';
      const err = uvExceptionWithHostPort(token, 'listen', address, port);
      process.nextTick(() => this.emit('error', err));
      return this;
    }
    this._handle = token;
    if (!this._refed) binding.tcpRef(token, false);
    process.nextTick(() => {
      if (this._handle !== null) this.emit('listening');
    });
    return this;
  }

  address() {
    if (this._handle === null) return null;
    const a = binding.tcpAddress(this._handle, false);
    return a ? { address: a[0], family: a[1], port: a[2] } : null;
  }

  close(cb) {
    if (typeof cb === 'function') {
      if (this._handle === null) {
        this.once('close', () => {
          cb(codedError(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.'));
        });
      } else {
        this.once('close', cb);
      }
    }
    if (this._handle !== null) {
      binding.tcpClose(this._handle);
      this._handle = null;
    }
    this._emitCloseIfDrained();
    return this;
  }

  _onError(errno, syscall) {
    this.emit('error', errnoException(errno, syscall));
  }

  _emitCloseIfDrained() {
    if (this._handle !== null || this._connections > 0 || this._closeQueued) return;
    this._closeQueued = true;
    process.nextTick(() => {
      this._closeQueued = false;
      this.emit('close');
    });
  }

  getConnections(cb) {
    process.nextTick(cb, null, this._connections);
    return this;
  }

  ref() {
    this._refed = true;
    if (this._handle !== null) binding.tcpRef(this._handle, true);
    return this;
  }

  unref() {
    this._refed = false;
    if (this._handle !== null) binding.tcpRef(this._handle, false);
    return this;
  }
}

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

module.exports = {
  Server,
  Socket,
  Stream: Socket,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  // For http.js: node's error builders.
  _errnoException: errnoException,
  _normalizeEncoding: normalizeEncoding,
};
