// `net`: TCP servers and connections, after node's lib/net.js. The sockets
// themselves live in Rust (runtime/src/net/): this file opens them through
// the binding (`tcpListen`, `tcpConnect`, `tcpWrite`…) and receives their
// events through one dispatcher, `dispatch(owner, event, ...args)`, which the
// loop calls in its poll phase. A `Socket` is a `stream.Duplex` (reads are
// pushed, writes go through `_write`, `_final` half-closes); a `Server`
// accepts connections and emits them as Sockets.
//
// Bytes cross the boundary as Buffers: each read arrives as a new Buffer, and
// a written Buffer's bytes are read in place by the native side.
'use strict';

const EventEmitter = require('events');
const Duplex = require('internal/streams/duplex');
const binding = require('internal/binding');
const { codedError, invalidArgType } = require('internal/errors');

// The events the native side reports (runtime/src/net/mod.rs, `event`).
const EV_CONNECTION = 0;
const EV_CONNECT = 1;
const EV_DATA = 2;
const EV_END = 3;
const EV_ERROR = 4;
const EV_WRITTEN = 5;
const EV_SHUTDOWN = 6;
const EV_CLOSE = 7;

const DEFAULT_HIGH_WATER_MARK = 16384;

function dispatch(owner, event, a, b, c) {
  switch (event) {
    case EV_CONNECTION: return onConnection(owner, a);
    case EV_CONNECT: return owner._onConnect(a);
    case EV_DATA: return owner._onData(a);
    case EV_END: return owner._onEnd();
    case EV_ERROR: return owner._onError(a, b);
    case EV_WRITTEN: return owner._onWritten(a, b);
    case EV_SHUTDOWN: return owner._onShutdown(a);
    case EV_CLOSE: return owner._onClose();
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

// What a write hands to the native side: a Buffer, or a string with the
// encoding the native side can encode itself (utf8, latin1, hex).
function toNative(chunk, encoding) {
  if (typeof chunk !== 'string') return [chunk, 'buffer'];
  const enc = normalizeEncoding(encoding) || 'utf8';
  if (enc === 'utf8' || enc === 'latin1' || enc === 'hex') return [chunk, enc];
  return [Buffer.from(chunk, enc), 'buffer'];
}

function chunkLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
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

// A connection as a `stream.Duplex`, as node's lib/net.js builds it: the
// stream machinery keeps the buffers, flowing mode, backpressure and event
// order; this class only moves bytes through the native hooks (`_read`
// starts native reads, 'data' from the loop is `push`ed, `_write` hands
// bytes to the kernel, `_final` half-closes, `_destroy` closes the handle).
class Socket extends Duplex {
  constructor(options) {
    options = { ...(options || {}) };
    const allowHalfOpen = Boolean(options.allowHalfOpen);
    // The stream machinery must not end the writable side on its own when the
    // readable side ends (the 'end' handler below decides), nor emit 'close'
    // (the handle's close does).
    options.allowHalfOpen = true;
    options.emitClose = false;
    options.autoDestroy = true;
    options.decodeStrings = false;
    const handle = options.handle;
    delete options.handle;
    super(options);
    this.allowHalfOpen = allowHalfOpen;
    // The other fields start at their defaults on the prototype (below), so
    // an idle connection carries only what differs: a server may hold many.
    this.on('end', onReadableStreamEnd);
    if (typeof handle === 'number') {
      this._handle = handle;
      // Starts the flow of data into the buffer, as node's `read(0)`.
      this.read(0);
    }
  }

  // Counted natively, like bytesRead, plus (as node counts them) the bytes
  // still waiting in the stream's buffer or for the connect.
  get bytesWritten() {
    let bytes = this._handle !== null
      ? binding.tcpBytesWritten(this._handle) : this._bytesWrittenAtClose;
    bytes += this._connectWaitBytes;
    const buffered = this.writableBuffer;
    for (let i = 0; i < buffered.length; i++) {
      bytes += chunkLength(buffered[i].chunk, buffered[i].encoding);
    }
    return bytes;
  }

  // Counted natively, so the bytes an HTTP parser consumed count too; kept
  // when the handle closes.
  get bytesRead() {
    return this._handle !== null ? binding.tcpBytesRead(this._handle) : this._bytesReadAtClose;
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

  get bufferSize() {
    return this._handle ? this.writableLength : undefined;
  }

  get remoteAddress() {
    return this._getpeername().address;
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

  // As node's: nothing while connecting, and forgotten on close.
  _getsockname() {
    if (!this._sockname && this._handle && !this.connecting) {
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
    if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
    if (this.destroyed) {
      this._handle = null;
      this._peer = null;
      this._sockname = null;
      this._undestroy();
    }
    if (options.port === undefined && options.path == null) {
      throw codedError(TypeError, 'ERR_MISSING_ARGS',
        'The "options" or "port" or "path" argument must be specified');
    }
    if (typeof cb === 'function') this.once('connect', cb);
    if (typeof options.port !== 'number' && typeof options.port !== 'string') {
      throw invalidArgType('options.port', 'one of type number or string', options.port);
    }
    const port = validatePort(options.port);
    const host = options.host || 'localhost';
    this._host = host;
    this.connecting = true;
    this._connectStarted = true;
    // node starts the connect a tick later (after the lookup), so that a
    // destroy() in the same tick cancels it; here it starts at once, as
    // http.js hands the new handle to its parser right after connect().
    this._startConnect(host, port);
    return this;
  }

  // Resolves `host` and starts the native connect.
  _startConnect(host, port) {
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
      return;
    }
    this._handle = token;
    this._connectAddress = target;
    this._connectPort = port;
    if (!this._refed) binding.tcpRef(token, false);
    if (this._noDelay) binding.tcpSetNoDelay(token, true);
  }

  _onConnect(errno) {
    if (this.destroyed) return;
    this.connecting = false;
    this._sockname = null;
    if (errno !== 0) {
      this.destroy(exceptionWithHostPort(errno, 'connect', this._connectAddress,
        this._connectPort));
      return;
    }
    this.emit('connect');
    this.emit('ready');
    // Start the first read, or get an immediate end of stream.
    if (!this.isPaused()) this.read(0);
  }

  // --- Reading ---------------------------------------------------------------

  _read() {
    if (this.connecting || !this._handle) {
      this.once('connect', () => this._read());
    } else if (!this._readingNative) {
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

  // A chunk arrived (a Buffer): pushed into the readable side; past the
  // high-water mark the kernel holds the rest back until `_read` asks again.
  _onData(chunk) {
    if (this.destroyed) return;
    if (!this.push(chunk)) this._stopReading();
  }

  _onEnd() {
    this._readingNative = false;
    if (this.destroyed) return;
    if (!this._readableState.endEmitted) {
      this.push(null);
      this.read(0);
    }
  }

  _onError(errno, syscall) {
    const err = errnoException(errno, syscall);
    if (syscall === 'write' && this._writeRequests !== null && this._writeRequests.length > 0) {
      const reqs = this._writeRequests.splice(0);
      reqs[0][1](err);
      return;
    }
    this.destroy(err);
  }

  // --- Writing ---------------------------------------------------------------

  _write(chunk, encoding, cb) {
    // A Buffer, as every chunk a pipe from a socket or a file carries, goes
    // as it is (what toNative and chunkLength would say, without the calls).
    if (typeof chunk !== 'string') {
      this._writeGeneric(chunk, 'buffer', chunk.length, cb);
      return;
    }
    const [data, enc] = toNative(chunk, encoding);
    this._writeGeneric(data, enc, chunkLength(data, enc), cb);
  }

  // Several buffered writes (after cork(), or while the kernel was busy) go
  // out as one write of their parts, as node's `writev`.
  _writev(chunks, cb) {
    const parts = [];
    let len = 0;
    for (let i = 0; i < chunks.length; i++) {
      const [data, enc] = toNative(chunks[i].chunk, chunks[i].encoding);
      parts.push(data, enc);
      len += chunkLength(data, enc);
    }
    this._writeGeneric(parts, undefined, len, cb);
  }

  // Hands `data` (one chunk, or a list of parts) to the kernel; `cb` runs
  // once all `len` bytes are written.
  _writeGeneric(data, enc, len, cb) {
    if (this.connecting) {
      this._connectWaitBytes += len;
      const onClose = () => cb(codedError(Error, 'ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
        'Socket closed before the connection was established'));
      this.once('connect', () => {
        this.off('close', onClose);
        this._connectWaitBytes -= len;
        this._writeGeneric(data, enc, len, cb);
      });
      this.once('close', onClose);
      return;
    }
    if (!this._handle) {
      cb(codedError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
      return;
    }
    const queued = binding.tcpWrite(this._handle, data, enc);
    if (queued < 0) {
      cb(errnoException(queued, 'write'));
      return;
    }
    if (queued === 0) {
      // The kernel took it all: the stream runs the callbacks later.
      cb();
    } else {
      this._afterWrite(len, cb);
    }
  }

  // A write of `len` bytes the kernel did not take at once: `cb` runs when
  // the native queue reports it written (`_onWritten`). Also http's native
  // `end` (runtime/src/http/end.rs) calls it.
  _afterWrite(len, cb) {
    if (this._writeRequests === null) this._writeRequests = [];
    this._writeRequests.push([len, cb]);
  }

  // http's way out (node's `_writeGeneric` for a socket with nothing
  // queued): `parts` is `[data, encoding, data, encoding, …]`, handed to the
  // kernel at once as one write, without the Writable machinery, when the
  // stream has nothing of its own waiting. `cb` runs when the bytes are
  // written. Returns whether the kernel took them all.
  _writeRaw(parts, cb) {
    if (this.connecting || this._handle === null || !this._writableState.isIdle()) {
      return this._writeParts(parts, cb);
    }
    const queued = binding.tcpWrite(this._handle, parts);
    if (queued < 0) return this._writeParts(parts, cb);
    if (queued === 0) {
      if (cb) process.nextTick(cb);
      return true;
    }
    this._afterWrite(0, cb || noop);
    return false;
  }

  // The same parts through the stream, in order.
  _writeParts(parts, cb) {
    let ok = true;
    for (let i = 0; i < parts.length; i += 2) {
      ok = this.write(parts[i], parts[i + 1], i + 2 >= parts.length ? cb : undefined);
    }
    return ok;
  }

  _onWritten(done) {
    if (this._writeRequests === null) return;
    for (let i = 0; i < done; i++) {
      const req = this._writeRequests.shift();
      if (!req) break;
      req[1]();
    }
  }

  // The writable side ended: half-close once the queued writes are out.
  // 'finish' waits for the shutdown, which completes after the poll
  // phase's events (`_onShutdown`), as libuv's does.
  _final(cb) {
    if (this.connecting) {
      this.once('connect', () => this._final(cb));
      return;
    }
    if (!this._handle || binding.tcpShutdown(this._handle) !== 0) {
      cb();
      return;
    }
    this._shutdownCallback = cb;
  }

  _onShutdown() {
    const cb = this._shutdownCallback;
    this._shutdownCallback = null;
    if (cb !== null) cb();
  }

  end(data, encoding, cb) {
    Duplex.prototype.end.call(this, data, encoding, cb);
    return this;
  }

  setNoDelay(noDelay) {
    const on = noDelay === undefined ? true : !!noDelay;
    // Before the connect, kept for it.
    this._noDelay = on;
    if (this._handle) binding.tcpSetNoDelay(this._handle, on);
    return this;
  }

  setKeepAlive() {
    return this;
  }

  setTimeout(ms, cb) {
    this.timeout = ms;
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

  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', this.destroy);
  }

  // Closes with an RST (SO_LINGER 0): the peer sees ECONNRESET, not an end.
  resetAndDestroy() {
    if (this._handle === null && !this._connectStarted) {
      return this.destroy(codedError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
    }
    if (this.connecting) {
      this.once('connect', () => this._reset());
    } else {
      this._reset();
    }
    return this;
  }

  _reset() {
    this._resetOnClose = true;
    return this.destroy();
  }

  _destroy(err, cb) {
    this.connecting = false;
    if (this._timeout) {
      clearTimeout(this._timeout);
      this._timeout = null;
    }
    this._writeRequests = null;
    this._shutdownCallback = null;
    if (this._handle !== null || this._connectStarted) {
      // node emits 'close' from the handle's close callback, in the loop's
      // close phase (`_onClose`); a socket whose connect has not started
      // has a handle in node already, so it closes the same way.
      this._closeHadError = !!err;
      this._connectStarted = false;
      if (this._handle !== null) {
        this._bytesReadAtClose = binding.tcpBytesRead(this._handle);
        this._bytesWrittenAtClose = binding.tcpBytesWritten(this._handle);
      }
      binding.tcpClose(this._handle || 0, this, this._resetOnClose);
      this._handle = null;
      this._sockname = null;
      this._readingNative = false;
      cb(err);
    } else {
      cb(err);
      // No handle, no close callback: node emits 'close' on the next tick,
      // with no argument.
      process.nextTick(() => this.emit('close'));
    }
    const server = this._server;
    if (server) {
      server._connections--;
      server._emitCloseIfDrained();
    }
  }

  _onClose() {
    this.emit('close', this._closeHadError);
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
}

// Per-socket fields at their initial values, shared until a socket sets its
// own: its native handle, whether a connect is in flight, the cached
// addresses, byte counts, the server that accepted it, whether native reads
// are on, the write requests the kernel has not finished ([bytes, callback]),
// and whether it keeps the loop alive.
Object.assign(Socket.prototype, {
  _handle: null,
  connecting: false,
  _host: null,
  _peer: null,
  _sockname: null,
  _bytesReadAtClose: 0,
  _bytesWrittenAtClose: 0,
  server: null,
  _server: null,
  _readingNative: false,
  _writeRequests: null,
  _refed: true,
  // `connect()` was called and its native connect has not started yet (or
  // has): node would hold a handle, so a destroy closes in the close phase.
  _connectStarted: false,
  // The bytes of a write waiting for the connect (counted in bytesWritten).
  _connectWaitBytes: 0,
  _shutdownCallback: null,
  _closeHadError: false,
  _resetOnClose: false,
  _noDelay: false,
});


// The peer ended: without allowHalfOpen the stream machinery ends our side
// too (Duplex's `allowHalfOpen === false`); a later write then gets node's
// EPIPE rather than the vaguer 'write after end'.
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) {
    this.write = writeAfterFIN;
  }
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) {
    return Duplex.prototype.write.call(this, chunk, encoding, cb);
  }
  if (typeof encoding === 'function') cb = encoding;
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}


function noop() {}

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

// The peer's address is looked up only when asked for (`remoteAddress`), so
// a server holding many idle connections does not keep one object each.
function onConnection(server, token) {
  if (!server._handle) return undefined;
  const socket = new Socket({ handle: token, allowHalfOpen: server.allowHalfOpen });
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
    // Counts listen() and close() calls, so a close() cancels a bind
    // still waiting for its lookup.
    this._listeningId = 0;
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
    // With a host, node looks it up first, so the socket is bound a tick
    // later (for an IP address), or after the lookup (a name: here, in
    // the check phase); close() meanwhile cancels it.
    if (host) {
      const listeningId = ++this._listeningId;
      const bind = () => {
        if (listeningId === this._listeningId) this._bind(host, port);
      };
      if (isIP(host)) process.nextTick(bind);
      else setImmediate(bind);
      return this;
    }
    this._bind(host, port);
    return this;
  }

  _bind(host, port) {
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
  }

  address() {
    if (this._handle === null) return null;
    const a = binding.tcpAddress(this._handle, false);
    return a ? { address: a[0], family: a[1], port: a[2] } : null;
  }

  close(cb) {
    this._listeningId++;
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
