// `http`: HTTP/1.1 servers and clients over `net`, after node's lib/_http_*.js.
// A connection's bytes never come here: a native parser consumes the socket's
// reads (runtime/src/http/: heads with the httparse crate, bodies framed by
// Content-Length, chunks or the close) and hands over each head, each body
// piece as a Buffer, and each message's end. This file makes the request and
// response objects, writes heads, and keeps connections alive between
// requests.
//
// A server answers a malformed request with 400 and a head over 16 KiB with
// 431, then closes the connection; a client that ends or vanishes mid-answer
// has its request aborted and the connection closed (node's server is not
// half-open by default).
'use strict';

const EventEmitter = require('events');
const { Readable, Stream } = require('stream');
const net = require('net');
const binding = require('internal/binding');
const { codedError, invalidArgType } = require('internal/errors');

// The most bytes a head may take (the parser's limit, node's default).
const MAX_HEADER_SIZE = 16 * 1024;

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
  204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
  208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other',
  304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
  411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable',
  417: 'Expectation Failed', 418: "I'm a Teapot", 421: 'Misdirected Request',
  422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early',
  426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required',
};

const METHODS = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS',
  'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT',
  'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
];

// ---------------------------------------------------------------------------
// Bytes
// ---------------------------------------------------------------------------

// A Buffer, or a Uint8Array such as TextEncoder makes (there is no
// `Uint8Array` global to test with `instanceof`).
function isUint8Array(chunk) {
  return Buffer.isBuffer(chunk) || Object.prototype.toString.call(chunk) === '[object Uint8Array]';
}

// As node's `end()`: whatever corked the connection (the user's `cork()`,
// once or more), the answer goes out now.
function uncorkFully(socket) {
  socket._writableState.corked = 1;
  socket.uncork();
}

// A chunk to send as `[data, encoding]` the socket writes as is: strings in
// utf8 or latin1, and Buffers; other encodings and Uint8Arrays become
// Buffers. Its byte count goes in `out[2]`.
function sendable(chunk, encoding, out) {
  if (typeof chunk === 'string') {
    const enc = encoding === undefined ? 'utf8' : net._normalizeEncoding(encoding) || 'utf8';
    if (enc === 'utf8' || enc === 'latin1') {
      out[0] = chunk;
      out[1] = enc;
      out[2] = enc === 'latin1' ? chunk.length : Buffer.byteLength(chunk, enc);
      return out;
    }
    chunk = Buffer.from(chunk, enc);
  } else if (!Buffer.isBuffer(chunk)) {
    if (!isUint8Array(chunk)) {
      throw invalidArgType('chunk', 'of type string or an instance of Buffer or Uint8Array', chunk);
    }
    chunk = Buffer.from(chunk);
  }
  out[0] = chunk;
  out[1] = 'buffer';
  out[2] = chunk.length;
  return out;
}

// ---------------------------------------------------------------------------
// Headers
// ---------------------------------------------------------------------------

// Header names and values are checked natively (node's `checkIsHttpToken`
// and `checkInvalidHeaderChar`).
function validateHeaderName(name) {
  if (typeof name !== 'string' || !name || !binding.httpValidText(name, true)) {
    throw codedError(TypeError, 'ERR_INVALID_HTTP_TOKEN',
      'Header name must be a valid HTTP token ["' + name + '"]');
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) {
    throw codedError(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE',
      'Invalid value "' + value + '" for header "' + name + '"');
  }
  if (typeof value !== 'number' && !binding.httpValidText(String(value), false)) {
    throw codedError(TypeError, 'ERR_INVALID_CHAR',
      'Invalid character in header content ["' + name + '"]');
  }
}

// What a request and a response head share. The `headers` object is made
// from `rawHeaders` when first read (see IncomingMessage).
function applyHead(message, minor, rawHeaders) {
  message.httpVersionMinor = minor;
  message.httpVersion = '1.' + minor;
  message.rawHeaders = rawHeaders;
}

// The bits of `_onHead`'s `flags`: what the parser read in the headers
// (runtime/src/http/consume.rs, `head_flags`).
const HEAD_HOST = 1;
const HEAD_CONTINUE = 2;
const HEAD_KEEP_ALIVE = 4;

function setTrailers(message, rawTrailers, trailers) {
  message.rawTrailers = rawTrailers;
  message.trailers = trailers;
}

// The header store of ServerResponse and ClientRequest (node's OutgoingMessage).
//
// A `Stream`, so an EventEmitter, by its prototype chain (set below) but not
// by its constructor: EventEmitter's methods make `_events` on first use, so
// a response nobody listens to skips `Stream()` and `EventEmitter.init`, three
// calls a server would otherwise pay per request.
class OutgoingMessage {
  constructor() {
    this._headers = new Map();
  }

  appendHeader(name, value) {
    const key = name.toLowerCase();
    const old = this._headers.get(key);
    if (!old) return this.setHeader(name, value);
    const values = [].concat(old[1], value);
    this._headers.set(key, [old[0], values]);
    return this;
  }

  getHeader(name) {
    if (typeof name !== 'string') throw invalidArgType('name', 'string', name);
    const entry = this._headers.get(name.toLowerCase());
    return entry === undefined ? undefined : entry[1];
  }

  hasHeader(name) {
    if (typeof name !== 'string') throw invalidArgType('name', 'string', name);
    return this._headers.has(name.toLowerCase());
  }

  removeHeader(name) {
    if (typeof name !== 'string') throw invalidArgType('name', 'string', name);
    if (this.headersSent) {
      throw codedError(Error, 'ERR_HTTP_HEADERS_SENT',
        'Cannot remove headers after they are sent to the client');
    }
    this._headers.delete(name.toLowerCase());
  }

  getHeaderNames() {
    return Array.from(this._headers.keys());
  }

  getRawHeaderNames() {
    return Array.from(this._headers.values(), (e) => e[0]);
  }

  getHeaders() {
    const out = Object.create(null);
    for (const [key, [, value]] of this._headers) out[key] = value;
    return out;
  }

  get writableLength() {
    return this.socket ? this.socket.writableLength : 0;
  }
}

// `setHeader(name, value)` is native (runtime/src/http/store.rs): it checks
// the name and value, then stores `[name, value]` under the lower-case key.
OutgoingMessage.prototype.setHeader = binding.httpSetHeader;

// The errors of the native setHeader (and _writeHead's, kind 4), by their
// numbering.
function headerError(kind, name, value) {
  switch (kind) {
    case 0:
      throw codedError(Error, 'ERR_HTTP_HEADERS_SENT',
        'Cannot set headers after they are sent to the client');
    case 1:
      validateHeaderName(name);
      break;
    case 4: // from the native _writeHead: `name` is the status code
      throw codedError(RangeError, 'ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: ' + name);
    default:
      validateHeaderValue(name, value);
  }
  throw new Error('headerError: ' + kind);
}

Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

// Per-message fields at their initial values, shared until a message sets
// its own (as net.js does for Socket): a tree-walker pays for every
// assignment in a constructor, and a server makes a message per request.
Object.assign(OutgoingMessage.prototype, {
  headersSent: false,
  finished: false,
  writableEnded: false,
  writableFinished: false,
  sendDate: false,
  chunkedEncoding: false,
  _hasBody: true,
  destroyed: false,
});

// ---------------------------------------------------------------------------
// IncomingMessage
// ---------------------------------------------------------------------------

// A request (server side) or response (client side) as a `stream.Readable`,
// as in node: the connection `push`es each piece of the body, and
// `push(null)` once it is complete.
//
// The stream is made on first use. Most requests a server answers have no
// body and are never read (the answer is all that matters), and making a
// Readable, ending it and draining it costs more than the rest of the
// request: so the message starts without a stream state, notes the end and
// the drain it was asked for, and replays them at the first touch of
// `_readableState` (every stream method touches it). A message nobody reads
// never has a stream state at all.
function IncomingMessage(socket) {
  this.socket = socket;
  this.rawHeaders = [];
  this.rawTrailers = [];
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

// `headers` and `trailers` are made on first use, as node's getters do: a
// server that answers without looking at the headers never has the object
// made (the parser tells the server what it must know, `flags`), and few
// messages have trailers. `headers` is made natively from `rawHeaders`:
// keys in lower case, duplicates merged as node does
// (runtime/src/http/headers.rs).
const kHeaders = Symbol('kHeaders');
const kTrailers = Symbol('kTrailers');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kTrailersDistinct = Symbol('kTrailersDistinct');

// A field of IncomingMessage made on first read (and again after it was set
// to nothing), that the user may also set, as node's getters are.
function lazyField(name, key, make) {
  Object.defineProperty(IncomingMessage.prototype, name, {
    configurable: true,
    get() {
      if (!this[key]) this[key] = make(this);
      return this[key];
    },
    set(value) {
      this[key] = value;
    },
  });
}

// `headersDistinct` and `trailersDistinct`: every value of each field, in
// arrival order, under its lower-case name, in an object without a prototype.
function distinctFields(raw) {
  const out = Object.create(null);
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const key = raw[i].toLowerCase();
    if (out[key]) out[key].push(raw[i + 1]);
    else out[key] = [raw[i + 1]];
  }
  return out;
}

lazyField('headers', kHeaders, (message) => binding.httpHeadersObject(message.rawHeaders));
lazyField('trailers', kTrailers, () => ({}));
lazyField('headersDistinct', kHeadersDistinct, (message) => distinctFields(message.rawHeaders));
lazyField('trailersDistinct', kTrailersDistinct, (message) => distinctFields(message.rawTrailers));

// The fields whose initial values are constants live on the prototype until
// a message sets its own (see OutgoingMessage's). `_endPending` and
// `_dumpPending` note what the message was asked to do before it had a
// stream state.
Object.assign(IncomingMessage.prototype, {
  httpVersionMajor: 1,
  httpVersionMinor: 1,
  httpVersion: '1.1',
  complete: false,
  aborted: false,
  upgrade: false,
  url: '',
  method: null,
  statusCode: null,
  statusMessage: null,
  _dumped: false,
  _conn: null,
  [kHeaders]: null,
  [kTrailers]: null,
  _endPending: false,
  _dumpPending: false,
  _hasStream: false, // whether the stream state was made
});

Object.defineProperty(IncomingMessage.prototype, '_readableState', {
  configurable: true,
  get() {
    return startStream(this);
  },
  // Readable's constructor stores the state: as the message's own property.
  set(state) {
    Object.defineProperty(this, '_readableState', {
      value: state, writable: true, enumerable: true, configurable: true,
    });
    this._hasStream = true;
  },
});

// Makes the message's stream state (node's `Readable.call(this, opts)`), then
// replays the end and the drain it was asked for.
function startStream(message) {
  // The connection, not the message, decides when the socket closes.
  Readable.call(message, { autoDestroy: false });
  const state = message._readableState;
  if (message._endPending && message._dumpPending) {
    // Ended and drained while nobody listened: the state `push(null)` and
    // `resume()` would have left, without the events no one could hear.
    message._endPending = false;
    message._dumpPending = false;
    state.ended = true;
    state.endEmitted = true;
    state.flowing = true;
    state.paused = false;
    state.sync = false;
    return state;
  }
  if (message._endPending) {
    message._endPending = false;
    message.push(null);
  }
  if (message._dumpPending) {
    message._dumpPending = false;
    message.removeAllListeners('data');
    message.resume();
  }
  return state;
}

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  configurable: true,
  get() {
    return this.socket;
  },
});

IncomingMessage.prototype.setTimeout = function setTimeout(ms, cb) {
  if (this.socket) this.socket.setTimeout(ms, cb);
  return this;
};

// The body arrives as the connection reads it; a server's parser held back
// by a full stream goes on.
IncomingMessage.prototype._read = function _read() {
  if (this._conn !== null) this._conn._hold(false);
};

IncomingMessage.prototype._pushEnd = function _pushEnd() {
  this.complete = true;
  // A listener (say for 'end') wants the stream as node times it.
  if (this._hasStream || this._eventsCount > 0) this.push(null);
  else this._endPending = true;
};

// The body was not read by the time the response finished: drop it. A
// message nobody listens to is drained when (if ever) it is first used.
IncomingMessage.prototype._dump = function _dump() {
  if (this._dumped) return;
  this._dumped = true;
  if (!this._hasStream && this._eventsCount === 0) {
    this._dumpPending = true;
    return;
  }
  this.removeAllListeners('data');
  this.resume();
};

// As node's: a message destroyed before its body was all read (or while
// nobody had read it) is 'aborted' and takes its socket down with it; the
// error is reported only to 'error' listeners, since an abort the program
// did not ask to hear about is not a crash.
IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  const socket = this.socket;
  const done = () => cb(this.listenerCount('error') === 0 ? undefined : err);
  if (socket && !socket.destroyed && this.aborted) {
    socket.destroy(err);
    socket.once('close', () => process.nextTick(done));
  } else {
    process.nextTick(done);
  }
};

// ---------------------------------------------------------------------------
// Server
// ---------------------------------------------------------------------------

class ServerResponse extends OutgoingMessage {
  constructor(req, conn, keepAlive) {
    super();
    this.req = req;
    this.socket = conn.socket;
    this._conn = conn;
    this.shouldKeepAlive = keepAlive;
    if (req.method === 'HEAD') this._hasBody = false;
    this._useChunked = req.httpVersionMinor >= 1;
  }

  get connection() {
    return this.socket;
  }

  writeHead(statusCode, reason, headers) {
    if (this.headersSent) {
      throw codedError(Error, 'ERR_HTTP_HEADERS_SENT',
        'Cannot write headers after they are sent to the client');
    }
    if (typeof reason !== 'string') {
      headers = reason;
      reason = undefined;
    }
    const originalStatusCode = statusCode;
    statusCode |= 0;
    if (statusCode < 100 || statusCode > 999) {
      throw codedError(RangeError, 'ERR_HTTP_INVALID_STATUS_CODE',
        'Invalid status code: ' + originalStatusCode);
    }
    this.statusCode = statusCode;
    if (reason !== undefined) this.statusMessage = reason;
    if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (const [k, v] of headers) this.appendHeader(k, v);
      } else {
        for (let i = 0; i < headers.length; i += 2) this.appendHeader(headers[i], headers[i + 1]);
      }
    } else if (headers) {
      for (const k of Object.keys(headers)) {
        if (headers[k] !== undefined) this.setHeader(k, headers[k]);
      }
    }
    this._writeHead();
    return this;
  }

  // Sends `parts` (`[data, encoding, …]`), after the head if it has not
  // gone yet, as one write.
  _send(parts, cb) {
    if (this._head !== null) {
      // As node's `_send`: a head sent with a utf8 string goes out in utf8
      // (one string), otherwise in latin1.
      parts.unshift(this._head, typeof parts[0] === 'string' && parts[1] === 'utf8' ? 'utf8' : 'latin1');
      this._head = null;
    }
    // As node's `_writeRaw`: nothing goes to a connection that is gone,
    // and the callback (the end's 'finish') never runs.
    if (this.socket && this.socket.destroyed) return false;
    if (parts.length > 0 && this.socket) return this.socket._writeRaw(parts, cb);
    if (cb) process.nextTick(cb);
    return parts.length === 0;
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (this.finished) {
      const err = codedError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
      process.nextTick(() => {
        if (cb) cb(err);
        this.emit('error', err);
      });
      return true;
    }
    if (chunk === undefined || chunk === null) {
      throw invalidArgType('chunk', 'of type string or an instance of Buffer or Uint8Array', chunk);
    }
    const out = sendable(chunk, encoding, []);
    const len = out[2];
    if (!this.headersSent) this._writeHead();
    if (!this._hasBody) {
      if (cb) process.nextTick(cb);
      return true;
    }
    if (len === 0) {
      if (cb) process.nextTick(cb);
      return this._send([], undefined);
    }
    if (this.chunkedEncoding) {
      return this._send([len.toString(16) + '\r\n', 'latin1', out[0], out[1], '\r\n', 'latin1'], cb);
    }
    return this._send([out[0], out[1]], cb);
  }

  end(chunk, encoding, cb) {
    // The common case (a string or Buffer body, no callback) is native:
    // runtime/src/http/end.rs does what follows, in one call.
    if (binding.httpEnd(this, chunk, encoding, cb)) return this;
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (this.finished) {
      // As node: more body after the end is an error (on the next tick, to
      // the callback and as 'error'); a bare end waits for, or reports, the
      // finish.
      if (chunk) {
        const err = codedError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
        process.nextTick(() => {
          if (cb) cb(err);
          if (!this.destroyed) this.emit('error', err);
        });
      } else if (cb) {
        if (!this.writableFinished) this.on('finish', cb);
        else cb(codedError(Error, 'ERR_STREAM_ALREADY_FINISHED', 'Cannot call end after a stream was finished'));
      }
      return this;
    }
    const body = chunk !== undefined && chunk !== null ? sendable(chunk, encoding, []) : null;
    const len = body === null ? 0 : body[2];
    if (!this.headersSent) {
      this._contentLength = this._hasBody ? len : 0;
      this._writeHead();
    }
    const parts = [];
    if (this._hasBody && len > 0) {
      if (this.chunkedEncoding) {
        parts.push(len.toString(16) + '\r\n', 'latin1', body[0], body[1], '\r\n', 'latin1');
      } else {
        parts.push(body[0], body[1]);
      }
    }
    if (this.chunkedEncoding) parts.push('0\r\n\r\n', 'latin1');
    this.finished = true;
    this.writableEnded = true;
    if (cb) this.once('finish', cb);
    this._send(parts, () => {
      this.writableFinished = true;
      this._conn.closeSoon(this);
      // As node's resOnFinish, the first 'finish' listener: the response
      // lets go of its socket.
      this.socket = null;
      this.emit('finish');
      this._conn.responseDone(this);
    });
    if (this.socket) uncorkFully(this.socket);
    return this;
  }

  writeContinue(cb) {
    this._send(['HTTP/1.1 100 Continue\r\n\r\n', 'latin1'], cb);
  }

  setTimeout(ms, cb) {
    if (this.socket) this.socket.setTimeout(ms, cb);
    return this;
  }

  flushHeaders() {
    if (!this.headersSent) this._writeHead();
    this._send([], undefined);
  }

  destroy(err) {
    if (this.socket) this.socket.destroy(err);
    return this;
  }
}

// The head is written natively (runtime/src/http/head.rs), which also
// decides the framing: `chunkedEncoding`, `shouldKeepAlive`, `_hasBody`.
ServerResponse.prototype._writeHead = binding.httpServerHead;

// A response's own initial values (see OutgoingMessage's): 200 with the
// status code's usual message, and a Date header.
Object.assign(ServerResponse.prototype, {
  statusCode: 200,
  statusMessage: undefined,
  sendDate: true,
  _head: null, // the head, until it goes out in front of the body
});

// The native half: the default status messages of response heads, and
// the maker of setHeader's errors. The native parser that consumes a
// connection's reads (runtime/src/http/consume.rs) calls the connection's
// `_onHead`, `_onBody`, `_onComplete` and `_onParseError`.
binding.httpInit(STATUS_CODES, headerError);

// One server connection: its reads go to the native parser (node's
// `parser.consume(socket._handle)`), which hands over each request's head,
// body pieces and end; requests are answered one at a time.
class ServerConnection {
  constructor(server, socket) {
    this.server = server;
    this.socket = socket;
    this.req = null; // the request whose body is being read
    this.res = null; // the response in progress
    this.inBody = false;
    this.closing = false;
    binding.httpConsume(socket._handle, this, false);
    socket.on('end', () => this.onEnd());
    socket.on('error', (err) => this.onError(err));
    socket.on('close', () => this.onClose());
    // A kept-alive connection idle for `keepAliveTimeout` is closed, as node
    // does, so clients that vanish without a word do not hold it forever.
    socket.on('timeout', () => {
      if (this.idle) socket.destroy();
      else socket.setTimeout(server.keepAliveTimeout);
    });
    // Reading starts; the bytes go to the parser, and the socket's own
    // stream only sees the end.
    socket.resume();
  }

  get idle() {
    return this.res === null && !this.inBody && this._buffered() === 0;
  }

  // Bytes the parser holds: a request after the one being answered.
  _buffered() {
    return this.socket._handle === null ? 0 : binding.httpBuffered(this.socket._handle);
  }

  _onHead(method, url, minor, rawHeaders, body, flags) {
    if (this.closing) return;
    const req = new IncomingMessage(this.socket);
    req._conn = this;
    req.method = method;
    req.url = url;
    applyHead(req, minor, rawHeaders);
    // HTTP/1.1 requires a Host header (node's `requireHostHeader`).
    if (minor === 1 && (flags & HEAD_HOST) === 0) {
      this.reject(400);
      return;
    }
    const res = new ServerResponse(req, this, (flags & HEAD_KEEP_ALIVE) !== 0);
    this.req = req;
    this.res = res;
    this.inBody = true;
    if ((flags & HEAD_CONTINUE) !== 0) {
      if (this.server.listenerCount('checkContinue') > 0) {
        this.server.emit('checkContinue', req, res);
      } else {
        res.writeContinue();
        this.server.emit('request', req, res);
      }
    } else {
      this.server.emit('request', req, res);
    }
  }

  // A piece of the body; a full stream holds the parser back until read.
  _onBody(chunk) {
    if (this.closing || this.req === null) return;
    if (!this.req.push(chunk)) this._hold(true);
  }

  _hold(held) {
    if (this.socket._handle !== null) binding.httpPause(this.socket._handle, held);
  }

  _onComplete(rawTrailers, trailers) {
    const req = this.req;
    if (this.closing || req === null) return;
    this.inBody = false;
    if (rawTrailers !== undefined) setTrailers(req, rawTrailers, trailers);
    req._pushEnd();
    // The answer went out before the body had all come: the next request
    // may be parsed now.
    if (this.res === null) {
      this.req = null;
      this._next();
    }
  }

  // The parser may deliver the next request (a closed socket's `_handle` is
  // null, which httpNext ignores).
  _next() {
    binding.httpNext(this.socket._handle);
  }

  _onParseError(status) {
    this.reject(status);
  }

  // A request node's parser refuses: answer and close, as node's
  // `socketOnError` does.
  reject(code) {
    this.closing = true;
    const socket = this.socket;
    if (socket.destroyed) return;
    const err = codedError(Error, code === 431 ? 'HPE_HEADER_OVERFLOW' : 'HPE_INVALID_METHOD',
      code === 431 ? 'Header overflow' : 'Parse Error');
    this._hold(true);
    if (this.server.listenerCount('clientError') > 0) {
      this.server.emit('clientError', err, socket);
      return;
    }
    if (this.res === null || !this.res.headersSent) {
      socket.write(`HTTP/1.1 ${code} ${STATUS_CODES[code]}\r\nConnection: close\r\n\r\n`,
        'latin1');
    }
    socket.destroySoon();
  }

  // The response is written: its 'close' comes on the next tick, before
  // any tick its 'finish' listeners queue (node's resOnFinish is the first
  // of them), and the request's a tick after that (node's comes when its
  // stream is destroyed). Native: runtime/src/http/end.rs.
  closeSoon(res) {
    if (res === this.res) binding.httpCloseSoon(this.req, res);
  }

  // After 'finish': the connection goes on to the next request.
  responseDone(res) {
    if (res !== this.res) return;
    const req = this.req;
    this.res = null;
    // A body the handler did not read, or did not read yet, is dropped.
    if (req) req._dump();
    if (!res.shouldKeepAlive) {
      this.closing = true;
      this.socket.destroySoon();
      return;
    }
    if (this.server._closing) {
      this.socket.destroySoon();
      return;
    }
    if (!this.inBody) this.req = null;
    this.socket.setTimeout(this.server.keepAliveTimeout);
    this._next();
  }

  onEnd() {
    // The client is done sending. A request it left unfinished is dropped
    // with its connection (node's parser.finish() fails); otherwise our
    // side ends too, as node's server does (it is not half-open by
    // default): a client that went away mid-answer must not leave the
    // connection, and the response, waiting forever.
    if (this.inBody || this._buffered() > 0) {
      this.socket.destroy();
    } else {
      this.closing = true;
      this.socket.end();
    }
  }

  onError(err) {
    if (this.server.listenerCount('clientError') > 0) {
      this.server.emit('clientError', err, this.socket);
    }
  }

  // As node's abortIncoming: a request whose answer was not finished (or
  // whose body was not all read) is destroyed, 'aborted' if it was not
  // read to its end; the unfinished response hears 'close'.
  onClose() {
    this.server._httpConnections.delete(this);
    const req = this.req;
    const res = this.res;
    if (req && !req._closeEmitted && (!req.complete || res !== null)) {
      req._closeEmitted = true; // the stream emits it, not the close tick
      req.destroy(connResetException('aborted'));
    } else if (req && !req._closeEmitted) {
      req._closeEmitted = true;
      req.emit('close');
    }
    if (res && !res.writableFinished) {
      res.destroyed = true;
      res.emit('close');
    }
  }
}

class Server extends net.Server {
  constructor(options, requestListener) {
    if (typeof options === 'function') {
      requestListener = options;
      options = {};
    }
    options = options || {};
    super({ allowHalfOpen: true, noDelay: options.noDelay !== false });
    if (typeof requestListener === 'function') this.on('request', requestListener);
    this._httpConnections = new Set();
    this._closing = false;
    this.timeout = 0;
    this.keepAliveTimeout = 5000;
    this.maxHeadersCount = null;
    this.headersTimeout = 60000;
    this.requestTimeout = 300000;
    this.on('connection', (socket) => {
      this._httpConnections.add(new ServerConnection(this, socket));
    });
  }

  close(cb) {
    this._closing = true;
    this.closeIdleConnections();
    return super.close(cb);
  }

  closeAllConnections() {
    for (const conn of this._httpConnections) conn.socket.destroy();
  }

  closeIdleConnections() {
    for (const conn of this._httpConnections) {
      if (conn.idle) conn.socket.destroy();
    }
  }

  setTimeout(ms, cb) {
    this.timeout = ms;
    if (cb) this.on('timeout', cb);
    return this;
  }
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

// ---------------------------------------------------------------------------
// Client
// ---------------------------------------------------------------------------

class Agent extends EventEmitter {
  constructor(options) {
    super();
    options = options || {};
    this.keepAlive = options.keepAlive !== undefined ? Boolean(options.keepAlive) : false;
    this.keepAliveMsecs = options.keepAliveMsecs || 1000;
    this.maxSockets = options.maxSockets || Infinity;
    this.maxFreeSockets = options.maxFreeSockets || 256;
    this.freeSockets = Object.create(null);
    this.sockets = Object.create(null);
    this.requests = Object.create(null);
  }

  getName(options) {
    return (options.host || 'localhost') + ':' + (options.port || '') + ':';
  }

  // A free kept-alive socket for `name`, or a new connection; or null when
  // `maxSockets` are in use, and `req` waits in `requests` for one of them.
  _take(name, req) {
    const free = this.freeSockets[name];
    if (free && free.length > 0) {
      const socket = free.shift();
      if (free.length === 0) delete this.freeSockets[name];
      socket.ref();
      socket._httpReused = true;
      (this.sockets[name] || (this.sockets[name] = [])).push(socket);
      return socket;
    }
    const inUse = this.sockets[name];
    if (inUse && inUse.length >= this.maxSockets) {
      (this.requests[name] || (this.requests[name] = [])).push(req);
      return null;
    }
    return this._connect(name, req);
  }

  // A new connection for `req`, counted in `sockets` until it closes.
  _connect(name, req) {
    const socket = net.connect({ port: req.port, host: req.host });
    socket._httpReused = false;
    (this.sockets[name] || (this.sockets[name] = [])).push(socket);
    socket.once('close', () => this._removeSocket(name, socket));
    return socket;
  }

  // A connection closed: it no longer counts, and a waiting request may
  // have a new one.
  _removeSocket(name, socket) {
    const inUse = this.sockets[name];
    const i = inUse ? inUse.indexOf(socket) : -1;
    if (i >= 0) inUse.splice(i, 1);
    if (inUse && inUse.length === 0) delete this.sockets[name];
    const queue = this.requests[name];
    if (queue && queue.length > 0 && (this.sockets[name] || []).length < this.maxSockets) {
      const req = queue.shift();
      if (queue.length === 0) delete this.requests[name];
      req._onSocket(this._connect(name, req));
    }
  }

  // A response ended on `socket`: hand it to a waiting request, keep it for
  // the next one, or close it. Returns whether the socket was kept.
  _release(name, socket, reusable) {
    const queue = this.requests[name];
    if (reusable && !socket.destroyed && queue && queue.length > 0) {
      // As node's agent on 'free': the next request waiting gets it.
      const req = queue.shift();
      if (queue.length === 0) delete this.requests[name];
      // `reusedSocket` is only for a socket from the free pool.
      socket._httpReused = false;
      process.nextTick(() => req._onSocket(socket));
      return true;
    }
    const inUse = this.sockets[name];
    const i = inUse ? inUse.indexOf(socket) : -1;
    if (!reusable || !this.keepAlive || socket.destroyed) {
      socket.destroySoon();
      return false;
    }
    if (i >= 0) inUse.splice(i, 1);
    if (inUse && inUse.length === 0) delete this.sockets[name];
    const free = this.freeSockets[name] || (this.freeSockets[name] = []);
    if (free.length >= this.maxFreeSockets) {
      socket.destroySoon();
      return false;
    }
    free.push(socket);
    socket.unref();
    if (!socket._agentWatch) {
      socket._agentWatch = true;
      const forget = () => {
        const list = this.freeSockets[name];
        if (!list) return;
        const i = list.indexOf(socket);
        if (i >= 0) list.splice(i, 1);
        if (list.length === 0) delete this.freeSockets[name];
      };
      socket.on('close', forget);
      socket.on('end', () => {
        forget();
        socket.destroy();
      });
    }
    return true;
  }

  destroy() {
    for (const name of Object.keys(this.freeSockets)) {
      for (const socket of this.freeSockets[name]) socket.destroy();
    }
    this.freeSockets = Object.create(null);
  }
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

class ClientRequest extends OutgoingMessage {
  constructor(input, options, cb) {
    super();
    if (typeof input === 'string' || (input && typeof input.href === 'string')) {
      const url = new URL(String(input.href || input));
      const fromUrl = {
        protocol: url.protocol,
        host: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port ? Number(url.port) : 80,
        path: url.pathname + url.search,
      };
      if (typeof options === 'function') {
        cb = options;
        options = {};
      }
      options = Object.assign(fromUrl, options || {});
    } else {
      cb = typeof options === 'function' ? options : cb;
      options = Object.assign({}, input || {});
    }
    if (options.protocol && options.protocol !== 'http:') {
      throw codedError(TypeError, 'ERR_INVALID_PROTOCOL',
        'Protocol "' + options.protocol + '" not supported. Expected "http:"');
    }
    // As node: a path with spaces or control characters, or a method that
    // is not a token, would make a broken request line.
    if (options.path && /[^\u0021-\u00ff]/.test(String(options.path))) {
      throw codedError(TypeError, 'ERR_UNESCAPED_CHARACTERS',
        'Request path contains unescaped characters');
    }
    const method = options.method;
    if (method !== null && method !== undefined && typeof method !== 'string') {
      throw invalidArgType('options.method', 'string', method);
    }
    if (method && !binding.httpValidText(method, true)) {
      throw codedError(TypeError, 'ERR_INVALID_HTTP_TOKEN',
        'Method must be a valid HTTP token ["' + method + '"]');
    }
    this.method = method ? method.toUpperCase() : 'GET';
    this.path = options.path || '/';
    this.host = options.hostname || options.host || 'localhost';
    this.port = options.port || 80;
    this.protocol = 'http:';
    this.agent = options.agent === false ? new Agent() :
      (options.agent || globalAgent);
    this.reusedSocket = false;
    this.aborted = false;
    this.res = null;
    this.socket = null;
    this._body = [];
    this._ended = false;
    if (typeof cb === 'function') this.once('response', cb);
    if (options.headers) {
      if (Array.isArray(options.headers)) {
        for (let i = 0; i < options.headers.length; i += 2) {
          this.setHeader(options.headers[i], options.headers[i + 1]);
        }
      } else {
        for (const k of Object.keys(options.headers)) this.setHeader(k, options.headers[k]);
      }
    }
    if (!this.hasHeader('host') && options.setHost !== false) {
      const hostHeader = this.host.includes(':') ? '[' + this.host + ']' : this.host;
      this.setHeader('Host', this.port === 80 ? hostHeader : hostHeader + ':' + this.port);
    }
    this._name = this.agent.getName({ host: this.host, port: this.port });
    process.nextTick(() => this._attach());
  }

  _attach() {
    if (this.destroyed) {
      this._reportDestroyed();
      return;
    }
    const socket = this.agent._take(this._name, this);
    // Null: the agent calls `_onSocket` when a socket is free.
    if (socket !== null) this._onSocket(socket);
  }

  // As node's onSocketNT: destroyed before it had a socket, the request
  // closes now, with 'socket hang up' unless it was aborted.
  _reportDestroyed() {
    let err = this._destroyError;
    if (!err && !this.aborted) err = connResetException('socket hang up');
    if (err) this.emit('error', err);
    this._emitClose();
  }

  _onSocket(socket) {
    if (this.destroyed) {
      this.agent._release(this._name, socket, true);
      this._reportDestroyed();
      return;
    }
    this.socket = socket;
    this.reusedSocket = socket._httpReused;
    this._inBody = false; // a response's body is arriving
    this._informational = false; // the head being read is a 1xx
    this._closeDelimited = false; // the body runs to the end of the connection
    // The socket's reads go to the native parser (as on the server side);
    // the socket itself only reports its end, errors and close.
    if (socket._handle !== null) {
      binding.httpConsume(socket._handle, this, true, this.method === 'HEAD');
    }
    const onEnd = () => this._onEnd();
    const onError = (err) => this._onSocketError(err);
    const onClose = () => this._onSocketClose();
    socket.on('end', onEnd);
    socket.on('error', onError);
    socket.on('close', onClose);
    this._attached = true;
    this._detach = () => {
      this._attached = false;
      socket.removeListener('end', onEnd);
      socket.removeListener('error', onError);
      socket.removeListener('close', onClose);
    };
    socket.resume();
    if (this._onTimeout) {
      socket.on('timeout', this._onTimeout);
      if (this._timeoutMs !== undefined) this._startTimeout();
    }
    this.emit('socket', socket);
    if (this.headersSent || this._ended) this._flush();
  }

  _writeHead() {
    if (this.headersSent) return;
    const headers = this._headers;
    const te = headers.has('transfer-encoding');
    // The header lines as the server's head writes them
    // (runtime/src/http/head.rs); node's defaults follow.
    let head = this.method + ' ' + this.path + ' HTTP/1.1\r\n' + binding.httpHeaderLines(headers);
    if (!headers.has('connection')) {
      // As node: keep-alive when the agent may reuse the connection, for
      // the pool or for a request waiting on `maxSockets`.
      const reuse = this.agent.keepAlive || this.agent.maxSockets !== Infinity;
      head += reuse ? 'Connection: keep-alive\r\n' : 'Connection: close\r\n';
    }
    if (!headers.has('content-length') && !te) {
      if (typeof this._contentLength === 'number') {
        if (this._contentLength > 0 || !['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE',
          'CONNECT'].includes(this.method)) {
          head += `Content-Length: ${this._contentLength}\r\n`;
        }
      } else {
        head += 'Transfer-Encoding: chunked\r\n';
        this.chunkedEncoding = true;
      }
    } else if (te) {
      this.chunkedEncoding = /chunked/i.test(String(this.getHeader('transfer-encoding')));
    }
    this._body.unshift([head + '\r\n', 'latin1', null, true]);
    this.headersSent = true;
  }

  _flush() {
    if (!this.socket) return;
    const items = this._body;
    this._body = [];
    // As node's `end`: 'finish' comes when the last of the request is
    // written (after the write callbacks before it), and never if the
    // connection failed first.
    if (this._ended && !this._finishedSent) {
      this._finishedSent = true;
      if (items.length === 0) items.push(['', 'latin1', null]);
      const last = items[items.length - 1];
      const cb = last[2];
      last[2] = (err) => {
        if (cb) cb(err);
        if (err || this._failed) return;
        this.writableFinished = true;
        this.emit('finish');
      };
    }
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      // As node's `_send`: the head goes out in utf8 with a utf8 string
      // body after it, otherwise in latin1.
      const next = items[i + 1];
      const encoding = item[3] === true && next !== undefined && typeof next[0] === 'string' &&
        next[1] === 'utf8' ? 'utf8' : item[1];
      this.socket.write(item[0], encoding, item[2] || undefined);
    }
  }

  // Queues one chunk of the body (framed when chunked); `cb` goes with its
  // last piece.
  _queueChunk(out, cb) {
    const len = out[2];
    if (this.chunkedEncoding) {
      if (len > 0) {
        this._body.push([len.toString(16) + '\r\n', 'latin1', null], [out[0], out[1], null],
          ['\r\n', 'latin1', cb]);
      } else if (cb) {
        this._body.push(['', 'latin1', cb]);
      }
    } else if (len > 0 || cb) {
      this._body.push([out[0], out[1], cb]);
    }
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (this._ended) {
      // As node's `write_`: the callback hears the error, then 'error'.
      const err = codedError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
      process.nextTick(() => {
        if (cb) cb(err);
        if (!this.destroyed) this.emit('error', err);
      });
      return false;
    }
    const out = sendable(chunk, encoding, []);
    if (!this.headersSent) this._writeHead();
    this._queueChunk(out, cb || null);
    if (this.socket && !this.socket.connecting) this._flush();
    return true;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (this._ended) return this;
    const out = chunk !== undefined && chunk !== null ? sendable(chunk, encoding, []) : ['', 'latin1', 0];
    if (!this.headersSent) {
      this._contentLength = out[2];
      this._writeHead();
    }
    this._queueChunk(out, null);
    if (this.chunkedEncoding) this._body.push(['0\r\n\r\n', 'latin1', null]);
    this._ended = true;
    this.finished = true;
    this.writableEnded = true;
    if (cb) this.once('finish', cb);
    if (this.socket) this._flush();
    return this;
  }

  // A response head from the parser; a 1xx is reported and the real one
  // follows.
  _onHead(status, reason, minor, rawHeaders, body) {
    if (this._failed) return;
    this._touch();
    const res = new IncomingMessage(this.socket);
    res.statusCode = status;
    res.statusMessage = reason;
    res.req = this;
    applyHead(res, minor, rawHeaders);
    if (status >= 100 && status < 200 && status !== 101) {
      this._informational = true;
      if (status === 100) this.emit('continue');
      else this.emit('information', { statusCode: status });
      return;
    }
    res._conn = this;
    this._closeDelimited = body === 2;
    this._inBody = true;
    this.res = res;
    const handled = this.emit('response', res);
    if (!handled) res._dump();
  }

  _onBody(chunk) {
    if (this._failed || !this._inBody) return;
    this._touch();
    if (!this.res.push(chunk)) this._hold(true);
  }

  // Holds the parser back while the response's stream is full.
  _hold(held) {
    if (this.socket && this.socket._handle !== null) binding.httpPause(this.socket._handle, held);
  }

  _onComplete(rawTrailers, trailers) {
    if (this._informational) {
      this._informational = false;
      return;
    }
    if (this._failed || !this._inBody) return;
    this._inBody = false;
    if (rawTrailers !== undefined) setTrailers(this.res, rawTrailers, trailers);
    this._responseEnded();
  }

  _onParseError(status, code) {
    this._fail(codedError(Error, code, 'Parse Error: ' + (PARSE_ERRORS[code] || code)));
  }

  _responseEnded() {
    const res = this.res;
    res._pushEnd();
    const socket = this.socket;
    const handle = socket._handle;
    const reusable = !this._closeDelimited && !/close/i.test(res.headers.connection || '') &&
      this._ended && handle !== null && binding.httpBuffered(handle) === 0;
    this._detach();
    this._clearTimeout();
    if (handle !== null) binding.httpRelease(handle);
    if (this.agent._release(this._name, socket, reusable)) {
      // As node's responseKeepAlive: the socket now belongs to the pool,
      // so the response lets go of it first thing at its end (and cannot
      // destroy it for the next request).
      this.destroyed = true;
      res.prependOnceListener('end', () => {
        res.socket = null;
      });
    }
    res.once('end', () => {
      process.nextTick(() => this._emitClose());
    });
    if (!res.readableFlowing && res.listenerCount('end') === 0 && res.listenerCount('data') === 0) {
      process.nextTick(() => this._emitClose());
    }
  }

  _emitClose() {
    if (this._closed) return;
    this._closed = true;
    if (this.res) this.res.emit('close');
    this.emit('close');
  }

  _onEnd() {
    // A body up to the close was completed by the parser before this.
    if (!this.res || this._inBody) {
      this._fail(connResetException('socket hang up'));
    }
  }

  _onSocketError(err) {
    this._fail(err);
  }

  _onSocketClose() {
    if (this._inBody) {
      if (this._closeDelimited) {
        this._inBody = false;
        this._responseEnded();
        return;
      }
      // As node's socketCloseListener: the response is destroyed ('aborted'
      // now; 'error' only if it is listened for, and 'close', later) and
      // the request closes first.
      this._inBody = false;
      this.destroyed = true;
      this._closed = true;
      this._detach();
      this._clearTimeout();
      this.res.destroy(connResetException('aborted'));
      this.emit('close');
      return;
    }
    if (!this.res) this._fail(connResetException('socket hang up'));
  }

  _fail(err) {
    if (this._failed) return;
    this._failed = true;
    if (this._detach) this._detach();
    if (this.socket) this.socket.destroy();
    this.emit('error', err);
    process.nextTick(() => this._emitClose());
  }

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    process.nextTick(() => this.emit('abort'));
    this.destroy();
  }

  // As node: the rest of the response is not wanted. A connection still
  // in use goes down, and its 'error' and 'close' report the end (see
  // `_onSocketClose`); otherwise the request closes on the next tick.
  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this.res) this.res._dump();
    if (this.socket && this._attached) {
      this.socket.destroy(err);
    } else if (this.socket === null) {
      // `_attach`, or `_onSocket` when its turn for a socket comes (as
      // node's, a request waiting on `maxSockets` keeps its place), reports
      // it.
      this._destroyError = err;
    } else {
      process.nextTick(() => {
        if (err) this.emit('error', err);
        this._emitClose();
      });
    }
    return this;
  }

  // As node's: a 'timeout' on the request (and `cb`) once its socket has
  // been idle for `ms`, counted from the connection; activity is each
  // piece of the response the parser hands over.
  setTimeout(ms, cb) {
    if (cb) this.once('timeout', cb);
    if (!this._onTimeout) {
      this._onTimeout = () => this.emit('timeout');
      if (this.socket) this.socket.on('timeout', this._onTimeout);
    }
    this._timeoutMs = ms;
    if (this.socket && this._attached) this._startTimeout();
    return this;
  }

  _startTimeout() {
    const socket = this.socket;
    if (socket.connecting) socket.once('connect', () => socket.setTimeout(this._timeoutMs));
    else socket.setTimeout(this._timeoutMs);
  }

  // The response is over: the socket's timer and listener are not ours.
  _clearTimeout() {
    if (!this._onTimeout || !this.socket) return;
    this.socket.removeListener('timeout', this._onTimeout);
    this.socket.setTimeout(0);
    this._onTimeout = null;
  }

  // Activity on the socket restarts the idle timer.
  _touch() {
    if (this._onTimeout && this.socket && this.socket._timeout) this.socket._timeout.refresh();
  }

  setNoDelay() {}

  setSocketKeepAlive() {}

  flushHeaders() {
    if (!this.headersSent) this._writeHead();
    if (this.socket) this._flush();
  }
}

// node's messages for llhttp's errors.
const PARSE_ERRORS = {
  HPE_HEADER_OVERFLOW: 'Header overflow',
  HPE_INVALID_CONSTANT: 'Expected HTTP/',
  HPE_INVALID_CONTENT_LENGTH: 'Invalid character in Content-Length',
  HPE_INVALID_CHUNK_SIZE: 'Invalid character in chunk size',
};

function connResetException(message) {
  const err = new Error(message);
  err.code = 'ECONNRESET';
  return err;
}

function request(input, options, cb) {
  return new ClientRequest(input, options, cb);
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = {
  METHODS: METHODS.slice(),
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  get,
  globalAgent,
  maxHeaderSize: MAX_HEADER_SIZE,
  request,
  validateHeaderName,
  validateHeaderValue,
};
