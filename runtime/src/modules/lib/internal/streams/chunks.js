// The byte-level helpers streams need, in one place: turning strings into
// Buffers, joining buffered chunks, and a StringDecoder (node's
// lib/string_decoder.js) that holds back a character split across two chunks.
// When nodelet runs without a `Buffer` global, chunks stay strings and these
// helpers pass them through, so streams still work on text.
'use strict';

const hasBuffer = typeof Buffer === 'function';

const kEncodings = {
  utf8: 'utf8', 'utf-8': 'utf8', hex: 'hex', base64: 'base64', base64url: 'base64url',
  ascii: 'ascii', latin1: 'latin1', binary: 'latin1', ucs2: 'utf16le', 'ucs-2': 'utf16le',
  utf16le: 'utf16le', 'utf-16le': 'utf16le',
};

// node's normalizeEncoding: the canonical name, or undefined if unknown.
function normalizeEncoding(enc) {
  if (enc == null || enc === '') return 'utf8';
  return kEncodings[String(enc).toLowerCase()];
}

function isEncoding(enc) {
  return typeof enc === 'string' && enc !== '' && normalizeEncoding(enc) !== undefined;
}

function isBuffer(chunk) {
  return hasBuffer && Buffer.isBuffer(chunk);
}

// A string chunk in byte mode becomes a Buffer (when there is one).
function fromString(chunk, encoding) {
  return hasBuffer ? Buffer.from(chunk, encoding) : chunk;
}

// All of `list` (Buffers, or strings without Buffer) as one chunk of `length`.
function concat(list, length) {
  if (list.length > 0 && typeof list[0] === 'string') return list.join('');
  if (!hasBuffer) return list.join('');
  return Buffer.concat(list, length);
}

function emptyChunk() {
  return hasBuffer ? Buffer.alloc(0) : '';
}

// How many bytes at the end of `buf` start a UTF-8 character that is not
// complete yet (0 when the buffer ends on a character boundary).
function incompleteUtf8Tail(buf) {
  const len = buf.length;
  for (let back = 1; back <= 3 && back <= len; back++) {
    const byte = buf[len - back];
    if ((byte & 0xc0) === 0x80) continue;
    let need = 0;
    if ((byte & 0xe0) === 0xc0) need = 2;
    else if ((byte & 0xf0) === 0xe0) need = 3;
    else if ((byte & 0xf8) === 0xf0) need = 4;
    return need > back ? back : 0;
  }
  return 0;
}

class StringDecoder {
  constructor(encoding) {
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      const { codes } = require('internal/streams/shared');
      throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    }
    this.encoding = normalized;
    this.pending = null;
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    if (!isBuffer(buf)) return String(buf);
    if (this.pending !== null) {
      buf = Buffer.concat([this.pending, buf]);
      this.pending = null;
    }
    let keep = 0;
    switch (this.encoding) {
      case 'utf8':
        keep = incompleteUtf8Tail(buf);
        break;
      case 'utf16le':
        keep = buf.length % 2;
        break;
      case 'base64':
      case 'base64url':
        keep = buf.length % 3;
        break;
      default:
        keep = 0;
    }
    if (keep > 0) {
      this.pending = buf.subarray(buf.length - keep);
      buf = buf.subarray(0, buf.length - keep);
    }
    return buf.toString(this.encoding);
  }

  end(buf) {
    let text = buf === undefined ? '' : this.write(buf);
    if (this.pending !== null) {
      text += this.pending.toString(this.encoding);
      this.pending = null;
    }
    return text;
  }
}

module.exports = {
  hasBuffer,
  isBuffer,
  isEncoding,
  normalizeEncoding,
  fromString,
  concat,
  emptyChunk,
  StringDecoder,
};
