// `stream`: node's streams, as node's lib/stream.js assembles them from the
// ports in internal/streams/ (Readable, Writable, Duplex, Transform,
// PassThrough, pipeline, finished), with the Readable operators (`map`,
// `filter`, `toArray`…). `compose`, `duplexPair`, `Duplex.from` and web streams
// are not part of nodelet.
'use strict';

const { setDefaultHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const { pipeline } = require('internal/streams/pipeline');
const { destroyer } = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const utils = require('internal/streams/utils');
const chunks = require('internal/streams/chunks');

const Stream = (module.exports = require('internal/streams/legacy').Stream);

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

Stream.Readable = require('internal/streams/readable');
const { streamReturningOperators, promiseReturningOperators } = require('internal/streams/operators');
for (const operators of [streamReturningOperators, promiseReturningOperators]) {
  for (const key of Object.keys(operators)) {
    Object.defineProperty(Stream.Readable.prototype, key, {
      __proto__: null,
      value: operators[key],
      enumerable: false,
      configurable: true,
      writable: true,
    });
  }
}
Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.pipeline = pipeline;
const { addAbortSignal } = require('internal/streams/add-abort-signal');
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

let promises;
Object.defineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    promises ??= require('stream/promises');
    return promises;
  },
});

// util.promisify(stream.pipeline) and util.promisify(stream.finished) give the
// promise versions, as in node.
const customPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(pipeline, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() {
    return Stream.promises.pipeline;
  },
});
Object.defineProperty(eos, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() {
    return Stream.promises.finished;
  },
});

Stream.Stream = Stream;

Stream._isUint8Array = chunks.isBuffer;
Stream._isArrayBufferView = chunks.isBuffer;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return chunk;
};
