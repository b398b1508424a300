// The WHATWG URL Standard as node v20 implements it: the basic URL parser's
// state machine, host parsing (domains, IPv4 and IPv6), the serializer, the
// `URL` class with its setters, and `URLSearchParams` with the
// application/x-www-form-urlencoded parser and serializer. The bootstrap
// installs `URL` and `URLSearchParams` as globals that load this module on
// first use; `lib/url.js` adds node's helpers and the legacy API on top.
'use strict';

const { codedError } = require('internal/errors');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// ---------------------------------------------------------------------------
// Errors, as node throws them.

// Node v20's header is plain `TypeError: Invalid URL`; the code is a property.
// The callers create the error themselves, so that the stack starts at the
// URL method, as node's does.
function decorateInvalidUrl(err, input, base) {
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

function missingArgs(...names) {
  const list = names.map((n) => '"' + n + '"').join(' and ');
  const noun = names.length === 1 ? ' argument' : ' arguments';
  return codedError(TypeError, 'ERR_MISSING_ARGS', 'The ' + list + noun + ' must be specified');
}

function invalidThis(type) {
  return codedError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type ' + type);
}

// ---------------------------------------------------------------------------
// Strings: USV conversion, UTF-8 and percent-encoding.

// WebIDL's USVString: lone surrogates become U+FFFD.
function toUSVString(value) {
  const s = String(value);
  let out = null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    if (out === null) out = s.split('');
    out[i] = '\ufffd';
  }
  return out === null ? s : out.join('');
}

// The UTF-8 bytes of one code point.
function utf8Bytes(cp) {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 63)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
}

const HEX = '0123456789ABCDEF';
function hexByte(b) {
  return '%' + HEX[b >> 4] + HEX[b & 15];
}

// The percent-encode sets, as predicates on code points.
function inC0Control(c) {
  return c < 0x20 || c > 0x7e;
}
function inFragment(c) {
  return inC0Control(c) || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60;
}
function inQuery(c) {
  return inC0Control(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e;
}
function inSpecialQuery(c) {
  return inQuery(c) || c === 0x27;
}
function inPath(c) {
  return inQuery(c) || c === 0x3f || c === 0x60 || c === 0x7b || c === 0x7d;
}
function inUserinfo(c) {
  return inPath(c) || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d || c === 0x40 ||
    (c >= 0x5b && c <= 0x5e) || c === 0x7c;
}

// Percent-encodes one code point (a one- or two-unit string) in `set`.
function encodeCodePoint(ch, set) {
  const cp = ch.codePointAt(0);
  if (!set(cp)) return ch;
  let out = '';
  for (const b of utf8Bytes(cp)) out += hexByte(b);
  return out;
}

function encodeString(s, set) {
  let out = '';
  for (const ch of s) out += encodeCodePoint(ch, set);
  return out;
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// Percent-decodes a string to bytes (the string's own text as UTF-8).
function percentDecodeBytes(s) {
  const bytes = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    if (cp === 0x25) bytes.push(-1);
    else for (const b of utf8Bytes(cp)) bytes.push(b);
  }
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== -1) {
      out.push(bytes[i]);
      continue;
    }
    const hi = i + 2 < bytes.length ? hexValue(bytes[i + 1]) : -1;
    const lo = hi >= 0 ? hexValue(bytes[i + 2]) : -1;
    if (lo < 0) {
      out.push(0x25);
    } else {
      out.push(hi * 16 + lo);
      i += 2;
    }
  }
  return out;
}

// UTF-8 decode with replacement (the Encoding Standard's decoder).
function utf8Decode(bytes) {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0xf;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x7;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      out += '\ufffd';
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = j < bytes.length ? bytes[j] : -1;
      if (c < lower || c > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (c & 63);
    }
    if (ok) {
      out += String.fromCodePoint(cp);
      i = j;
    } else {
      out += '\ufffd';
      i = j;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Hosts.

const SPECIAL_PORTS = { 'ftp:': 21, 'file:': null, 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443 };

function isSpecialScheme(scheme) {
  return Object.prototype.hasOwnProperty.call(SPECIAL_PORTS, scheme + ':');
}

function defaultPort(scheme) {
  const p = SPECIAL_PORTS[scheme + ':'];
  return p === undefined ? null : p;
}

function isForbiddenHost(c) {
  return c === 0 || c === 9 || c === 10 || c === 13 || c === 0x20 || c === 0x23 || c === 0x2f ||
    c === 0x3a || c === 0x3c || c === 0x3e || c === 0x3f || c === 0x40 || c === 0x5b ||
    c === 0x5c || c === 0x5d || c === 0x5e || c === 0x7c;
}

function isForbiddenDomain(c) {
  return isForbiddenHost(c) || c <= 0x1f || c === 0x25 || c === 0x7f;
}

// One IPv4 part: decimal, 0x-hex or 0-octal. Returns NaN when it is not one.
function parseIPv4Number(s) {
  if (s === '') return NaN;
  let radix = 10;
  if (s.length >= 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X')) {
    s = s.slice(2);
    radix = 16;
  } else if (s.length >= 2 && s[0] === '0') {
    s = s.slice(1);
    radix = 8;
  }
  if (s === '') return 0;
  const re = radix === 16 ? /^[0-9a-fA-F]+$/ : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!re.test(s)) return NaN;
  return parseInt(s, radix);
}

function endsInANumber(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return !Number.isNaN(parseIPv4Number(last));
}

// Returns the serialized address, or null on failure.
function parseIPv4(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const nums = [];
  for (const p of parts) {
    const n = parseIPv4Number(p);
    if (Number.isNaN(n)) return null;
    nums.push(n);
  }
  for (let i = 0; i < nums.length - 1; i++) if (nums[i] > 255) return null;
  const last = nums[nums.length - 1];
  if (last >= Math.pow(256, 5 - nums.length)) return null;
  let ipv4 = last;
  for (let i = 0; i < nums.length - 1; i++) ipv4 += nums[i] * Math.pow(256, 3 - i);
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(ipv4 % 256));
    ipv4 = Math.floor(ipv4 / 256);
  }
  return out.join('.');
}

function isHexDigit(c) {
  return hexValue(c) >= 0;
}
function isDigit(c) {
  return c >= 0x30 && c <= 0x39;
}

// The spec's IPv6 parser; returns the eight pieces, or null on failure.
function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let p = 0;
  const at = (i) => (i < input.length ? input.charCodeAt(i) : -1);
  if (at(p) === 0x3a) {
    if (at(p + 1) !== 0x3a) return null;
    p += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (at(p) !== -1) {
    if (pieceIndex === 8) return null;
    if (at(p) === 0x3a) {
      if (compress !== null) return null;
      p++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && isHexDigit(at(p))) {
      value = value * 16 + hexValue(at(p));
      p++;
      length++;
    }
    if (at(p) === 0x2e) {
      if (length === 0) return null;
      p -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (at(p) !== -1) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (at(p) === 0x2e && numbersSeen < 4) p++;
          else return null;
        }
        if (!isDigit(at(p))) return null;
        while (isDigit(at(p))) {
          const n = at(p) - 0x30;
          if (ipv4Piece === null) ipv4Piece = n;
          else if (ipv4Piece === 0) return null;
          else ipv4Piece = ipv4Piece * 10 + n;
          if (ipv4Piece > 255) return null;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (at(p) === 0x3a) {
      p++;
      if (at(p) === -1) return null;
    } else if (at(p) !== -1) {
      return null;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const t = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is compressed.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (best === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return '[' + out + ']';
}

// Punycode's bias adaptation (RFC 3492, section 6.1).
function adapt(d, numPoints, first) {
  d = first ? Math.floor(d / 700) : Math.floor(d / 2);
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > 455) {
    d = Math.floor(d / 35);
    k += 36;
  }
  return k + Math.floor((36 * d) / (d + 38));
}

// Decodes one Punycode label to code points, or null when it is malformed.
function punycodeDecode(input) {
  const dash = input.lastIndexOf('-');
  const output = [];
  for (let j = 0; j < dash; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return null;
    output.push(c);
  }
  let i = 0;
  let n = 128;
  let bias = 72;
  for (let idx = dash >= 0 ? dash + 1 : 0; idx < input.length;) {
    const oldi = i;
    let w = 1;
    for (let k = 36; ; k += 36) {
      if (idx >= input.length) return null;
      const c = input.charCodeAt(idx++);
      let digit = 36;
      if (c >= 0x30 && c <= 0x39) digit = c - 22;
      else if (c >= 0x41 && c <= 0x5a) digit = c - 0x41;
      else if (c >= 0x61 && c <= 0x7a) digit = c - 0x61;
      if (digit >= 36) return null;
      i += digit * w;
      const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
      if (digit < t) break;
      w *= 36 - t;
    }
    const count = output.length + 1;
    bias = adapt(i - oldi, count, oldi === 0);
    n += Math.floor(i / count);
    i %= count;
    if (n > 0x10ffff) return null;
    output.splice(i++, 0, n);
  }
  return output;
}

// An `xn--` label must hold valid Punycode (IDNA checks it on the way in);
// this checks the decoding and the absence of C1 controls, not all of UTS #46.
function isValidACELabel(label) {
  if (label.slice(0, 4) !== 'xn--') return true;
  const decoded = punycodeDecode(label.slice(4));
  if (decoded === null || decoded.length === 0) return false;
  return !decoded.some((c) => c >= 0x80 && c <= 0x9f);
}

// Punycode (RFC 3492) for one label, as IDNA's ToASCII needs it.
function punycodeEncode(label) {
  const cps = Array.from(label, (ch) => ch.codePointAt(0));
  let out = '';
  for (const c of cps) if (c < 0x80) out += String.fromCharCode(c);
  const basic = out.length;
  let h = basic;
  if (basic > 0) out += '-';
  let n = 128;
  let delta = 0;
  let bias = 72;
  const digit = (d) => String.fromCharCode(d < 26 ? d + 97 : d + 22);
  while (h < cps.length) {
    let m = Infinity;
    for (const c of cps) if (c >= n && c < m) m = c;
    delta += (m - n) * (h + 1);
    n = m;
    for (const c of cps) {
      if (c < n) delta++;
      if (c === n) {
        let q = delta;
        for (let k = 36; ; k += 36) {
          const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
          if (q < t) break;
          out += digit(t + ((q - t) % (36 - t)));
          q = Math.floor((q - t) / (36 - t));
        }
        out += digit(q);
        bias = adapt(delta, h + 1, h === basic);
        delta = 0;
        h++;
      }
    }
    delta++;
    n++;
  }
  return out;
}

// IDNA ToASCII, best effort: lower-casing and NFC instead of the full UTS #46
// mapping table, then Punycode for each non-ASCII label.
function domainToASCII(domain) {
  const ascii = domainToASCIIUnchecked(domain);
  return ascii.split('.').every(isValidACELabel) ? ascii : '';
}

function domainToASCIIUnchecked(domain) {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(domain)) return domain.toLowerCase();
  let mapped = domain.toLowerCase().replace(/[\u3002\uff0e\uff61]/g, '.');
  if (typeof mapped.normalize === 'function') mapped = mapped.normalize('NFC');
  return mapped
    .split('.')
    // eslint-disable-next-line no-control-regex
    .map((label) => (/^[\x00-\x7f]*$/.test(label) ? label : 'xn--' + punycodeEncode(label)))
    .join('.');
}

// The host parser; returns the serialized host or null on failure.
function parseHost(input, isOpaque) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return null;
    const address = parseIPv6(input.slice(1, -1));
    return address === null ? null : serializeIPv6(address);
  }
  if (isOpaque) {
    for (let i = 0; i < input.length; i++) {
      if (isForbiddenHost(input.charCodeAt(i))) return null;
    }
    return encodeString(input, inC0Control);
  }
  const domain = utf8Decode(percentDecodeBytes(input));
  const ascii = domainToASCII(domain);
  if (ascii === '') return null;
  for (let i = 0; i < ascii.length; i++) {
    if (isForbiddenDomain(ascii.charCodeAt(i))) return null;
  }
  if (endsInANumber(ascii)) return parseIPv4(ascii);
  return ascii;
}

// ---------------------------------------------------------------------------
// The URL record and the basic URL parser.

function newRecord() {
  return {
    scheme: '',
    username: '',
    password: '',
    host: null,
    port: null,
    path: [],
    query: null,
    fragment: null,
  };
}

function hasOpaquePath(url) {
  return typeof url.path === 'string';
}

function includesCredentials(url) {
  return url.username !== '' || url.password !== '';
}

function cannotHaveCredentialsOrPort(url) {
  return url.host === null || url.host === '' || url.scheme === 'file';
}

function isWindowsDriveLetter(s, normalizedOnly) {
  return s.length === 2 && /[A-Za-z]/.test(s[0]) &&
    (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
}

// Whether the code points from `i` start with a Windows drive letter.
function startsWithDriveLetter(cps, i) {
  if (cps.length - i < 2) return false;
  if (!isWindowsDriveLetter(cps[i] + cps[i + 1], false)) return false;
  if (cps.length - i === 2) return true;
  const c = cps[i + 2];
  return c === '/' || c === '\\' || c === '?' || c === '#';
}

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  path.pop();
}

function isSingleDot(s) {
  return s === '.' || s.toLowerCase() === '%2e';
}

function isDoubleDot(s) {
  const l = s.toLowerCase();
  return l === '..' || l === '.%2e' || l === '%2e.' || l === '%2e%2e';
}

const SCHEME_START = 1;
const SCHEME = 2;
const NO_SCHEME = 3;
const SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const PATH_OR_AUTHORITY = 5;
const RELATIVE = 6;
const RELATIVE_SLASH = 7;
const SPECIAL_AUTHORITY_SLASHES = 8;
const SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const AUTHORITY = 10;
const HOST = 11;
const HOSTNAME = 12;
const PORT = 13;
const FILE = 14;
const FILE_SLASH = 15;
const FILE_HOST = 16;
const PATH_START = 17;
const PATH = 18;
const OPAQUE_PATH = 19;
const QUERY = 20;
const FRAGMENT = 21;

const FAILURE = null;

// The basic URL parser. Without `url` it returns a new record (or FAILURE);
// with `url` and `stateOverride` (a setter) it edits `url` in place and
// returns it, or FAILURE.
function basicParse(input, base, url, stateOverride) {
  if (!url) {
    url = newRecord();
    // eslint-disable-next-line no-control-regex
    input = input.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');
  }
  input = input.replace(/[\t\n\r]/g, '');
  let state = stateOverride || SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  const cps = Array.from(input);
  const len = cps.length;
  let pointer = 0;
  for (;;) {
    const c = pointer < len ? cps[pointer] : undefined;
    const special = isSpecialScheme(url.scheme);
    switch (state) {
      case SCHEME_START:
        if (c !== undefined && /^[A-Za-z]$/.test(c)) {
          buffer += c.toLowerCase();
          state = SCHEME;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          pointer--;
        } else {
          return FAILURE;
        }
        break;
      case SCHEME:
        if (c !== undefined && /^[A-Za-z0-9+\-.]$/.test(c)) {
          buffer += c.toLowerCase();
        } else if (c === ':') {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return url;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return url;
            if (url.scheme === 'file' && url.host === '') return url;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = FILE;
          } else if (isSpecialScheme(url.scheme) && base && base.scheme === url.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (isSpecialScheme(url.scheme)) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (cps[pointer + 1] === '/') {
            state = PATH_OR_AUTHORITY;
            pointer++;
          } else {
            url.path = '';
            state = OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = NO_SCHEME;
          pointer = -1;
        } else {
          return FAILURE;
        }
        break;
      case NO_SCHEME:
        if (!base || (hasOpaquePath(base) && c !== '#')) {
          return FAILURE;
        } else if (hasOpaquePath(base) && c === '#') {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = RELATIVE;
          pointer--;
        } else {
          state = FILE;
          pointer--;
        }
        break;
      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === '/' && cps[pointer + 1] === '/') {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = RELATIVE;
          pointer--;
        }
        break;
      case PATH_OR_AUTHORITY:
        if (c === '/') {
          state = AUTHORITY;
        } else {
          state = PATH;
          pointer--;
        }
        break;
      case RELATIVE:
        url.scheme = base.scheme;
        if (c === '/' || (isSpecialScheme(url.scheme) && c === '\\')) {
          state = RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== undefined) {
            url.query = null;
            shortenPath(url);
            state = PATH;
            pointer--;
          }
        }
        break;
      case RELATIVE_SLASH:
        if (special && (c === '/' || c === '\\')) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === '/') {
          state = AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = PATH;
          pointer--;
        }
        break;
      case SPECIAL_AUTHORITY_SLASHES:
        if (c === '/' && cps[pointer + 1] === '/') {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer--;
        }
        break;
      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== '/' && c !== '\\') {
          state = AUTHORITY;
          pointer--;
        }
        break;
      case AUTHORITY:
        if (c === '@') {
          if (atSignSeen) buffer = '%40' + buffer;
          atSignSeen = true;
          for (const ch of buffer) {
            if (ch === ':' && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const encoded = encodeCodePoint(ch, inUserinfo);
            if (passwordTokenSeen) url.password += encoded;
            else url.username += encoded;
          }
          buffer = '';
        } else if (c === undefined || c === '/' || c === '?' || c === '#' ||
          (special && c === '\\')) {
          if (atSignSeen && buffer === '') return FAILURE;
          pointer -= Array.from(buffer).length + 1;
          buffer = '';
          state = HOST;
        } else {
          buffer += c;
        }
        break;
      case HOST:
      case HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          pointer--;
          state = FILE_HOST;
        } else if (c === ':' && !insideBrackets) {
          if (buffer === '') return FAILURE;
          if (stateOverride === HOSTNAME) return FAILURE;
          const host = parseHost(buffer, !special);
          if (host === null) return FAILURE;
          url.host = host;
          buffer = '';
          state = PORT;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' ||
          (special && c === '\\')) {
          pointer--;
          if (special && buffer === '') return FAILURE;
          if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) {
            return FAILURE;
          }
          const host = parseHost(buffer, !special);
          if (host === null) return FAILURE;
          url.host = host;
          buffer = '';
          state = PATH_START;
          if (stateOverride) return url;
        } else {
          if (c === '[') insideBrackets = true;
          if (c === ']') insideBrackets = false;
          buffer += c;
        }
        break;
      case PORT:
        if (c !== undefined && /^[0-9]$/.test(c)) {
          buffer += c;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' ||
          (special && c === '\\') || stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return FAILURE;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          }
          if (stateOverride) return url;
          state = PATH_START;
          pointer--;
        } else {
          return FAILURE;
        }
        break;
      case FILE:
        url.scheme = 'file';
        url.host = '';
        if (c === '/' || c === '\\') {
          state = FILE_SLASH;
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== undefined) {
            url.query = null;
            if (!startsWithDriveLetter(cps, pointer)) shortenPath(url);
            else url.path = [];
            state = PATH;
            pointer--;
          }
        } else {
          state = PATH;
          pointer--;
        }
        break;
      case FILE_SLASH:
        if (c === '/' || c === '\\') {
          state = FILE_HOST;
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithDriveLetter(cps, pointer) && base.path.length > 0 &&
              isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = PATH;
          pointer--;
        }
        break;
      case FILE_HOST:
        if (c === undefined || c === '/' || c === '\\' || c === '?' || c === '#') {
          pointer--;
          if (!stateOverride && isWindowsDriveLetter(buffer, false)) {
            state = PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = PATH_START;
          } else {
            let host = parseHost(buffer, false);
            if (host === null) return FAILURE;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = '';
            state = PATH_START;
          }
        } else {
          buffer += c;
        }
        break;
      case PATH_START:
        if (special) {
          state = PATH;
          if (c !== '/' && c !== '\\') pointer--;
        } else if (!stateOverride && c === '?') {
          url.query = '';
          state = QUERY;
        } else if (!stateOverride && c === '#') {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== undefined) {
          state = PATH;
          if (c !== '/') pointer--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;
      case PATH:
        if (c === undefined || c === '/' || (special && c === '\\') ||
          (!stateOverride && (c === '?' || c === '#'))) {
          const slash = c === '/' || (special && c === '\\');
          if (isDoubleDot(buffer)) {
            // Like node (ada), a final `..` on an already empty non-special
            // path leaves it empty rather than making it `/`.
            const hadSegments = url.path.length > 0;
            shortenPath(url);
            if (!slash && (hadSegments || special)) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 &&
              isWindowsDriveLetter(buffer, false)) {
              buffer = buffer[0] + ':';
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === '?') {
            url.query = '';
            state = QUERY;
          }
          if (c === '#') {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += encodeCodePoint(c, inPath);
        }
        break;
      case OPAQUE_PATH:
        if (c === '?') {
          url.query = '';
          state = QUERY;
        } else if (c === '#') {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== undefined) {
          url.path += encodeCodePoint(c, inC0Control);
        }
        break;
      case QUERY:
        if ((!stateOverride && c === '#') || c === undefined) {
          url.query += encodeString(buffer, special ? inSpecialQuery : inQuery);
          buffer = '';
          if (c === '#') {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += c;
        }
        break;
      case FRAGMENT:
        if (c !== undefined) url.fragment += encodeCodePoint(c, inFragment);
        break;
      default:
        return FAILURE;
    }
    if (pointer >= len) break;
    pointer++;
  }
  return url;
}

function serializePath(url) {
  if (hasOpaquePath(url)) return url.path;
  let out = '';
  for (const segment of url.path) out += '/' + segment;
  return out;
}

function serializeURL(url, excludeFragment) {
  let out = url.scheme + ':';
  if (url.host !== null) {
    out += '//';
    if (includesCredentials(url)) {
      out += url.username;
      if (url.password !== '') out += ':' + url.password;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += ':' + url.port;
  } else if (!hasOpaquePath(url) && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += '?' + url.query;
  if (!excludeFragment && url.fragment !== null) out += '#' + url.fragment;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      const inner = basicParse(serializePath(url), null);
      if (inner !== FAILURE && (inner.scheme === 'http' || inner.scheme === 'https')) {
        return serializeOrigin(inner);
      }
      return 'null';
    }
    case 'ftp':
    case 'http':
    case 'https':
    case 'ws':
    case 'wss':
      return url.scheme + '://' + url.host + (url.port === null ? '' : ':' + url.port);
    default:
      return 'null';
  }
}

// ---------------------------------------------------------------------------
// application/x-www-form-urlencoded.

function parseUrlencoded(input) {
  const list = [];
  for (const sequence of input.split('&')) {
    if (sequence === '') continue;
    const eq = sequence.indexOf('=');
    let name = eq === -1 ? sequence : sequence.slice(0, eq);
    let value = eq === -1 ? '' : sequence.slice(eq + 1);
    name = utf8Decode(percentDecodeBytes(name.replace(/\+/g, ' ')));
    value = utf8Decode(percentDecodeBytes(value.replace(/\+/g, ' ')));
    list.push([name, value]);
  }
  return list;
}

function inFormUrlencoded(c) {
  return !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
    c === 0x2a || c === 0x2d || c === 0x2e || c === 0x5f || c === 0x20);
}

function serializeFormComponent(s) {
  return encodeString(s, inFormUrlencoded).replace(/ /g, '+');
}

function serializeUrlencoded(list) {
  let out = '';
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out += '&';
    out += serializeFormComponent(list[i][0]) + '=' + serializeFormComponent(list[i][1]);
  }
  return out;
}

// ---------------------------------------------------------------------------
// URLSearchParams.

// The methods check their receiver first, as node's do.
function checkParams(value) {
  if (!isParams(value)) throw invalidThis('URLSearchParams');
}

// node reads a URL's private field here, so the error is the engine's.
function checkURL(value) {
  if (!isURL(value)) throw new TypeError('Receiver must be an instance of class URL');
}

function lazyInspect() {
  return require('util').inspect;
}

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === null || init === undefined) {
      // Nothing to add.
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.map((pair) => [pair[0], pair[1]]);
      } else if (method != null) {
        if (typeof method !== 'function') {
          throw codedError(TypeError, 'ERR_ARG_NOT_ITERABLE', 'Query pairs must be iterable');
        }
        for (const pair of init) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
            typeof pair[Symbol.iterator] !== 'function') {
            throw codedError(TypeError, 'ERR_INVALID_TUPLE',
              'Each query pair must be an iterable [name, value] tuple');
          }
          const items = Array.from(pair);
          if (items.length !== 2) {
            throw codedError(TypeError, 'ERR_INVALID_TUPLE',
              'Each query pair must be an iterable [name, value] tuple');
          }
          this.#list.push([toUSVString(items[0]), toUSVString(items[1])]);
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string') continue;
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc !== undefined && desc.enumerable) {
            const name = toUSVString(key);
            const value = toUSVString(init[key]);
            const existing = this.#list.find((pair) => pair[0] === name);
            if (existing) existing[1] = value;
            else this.#list.push([name, value]);
          }
        }
      }
    } else {
      let s = toUSVString(init);
      if (s[0] === '?') s = s.slice(1);
      this.#list = parseUrlencoded(s);
    }
  }

  static _attach(params, url) {
    params.#url = url;
  }

  static _reset(params, query) {
    params.#list = query === null || query === '' ? [] : parseUrlencoded(query);
  }

  #update() {
    if (this.#url === null) return;
    const s = serializeUrlencoded(this.#list);
    this.#url.query = s === '' ? null : s;
  }

  static _isParams(value) {
    return typeof value === 'object' && value !== null && #list in value;
  }

  get size() {
    checkParams(this);
    return this.#list.length;
  }

  append(name, value) {
    checkParams(this);
    if (arguments.length < 2) {
      throw arguments.length === 0 ? missingArgs('name', 'value') : missingArgs('value');
    }
    this.#list.push([toUSVString(name), toUSVString(value)]);
    this.#update();
  }

  delete(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      this.#list = this.#list.filter((pair) => !(pair[0] === name && pair[1] === value));
    } else {
      this.#list = this.#list.filter((pair) => pair[0] !== name);
    }
    this.#update();
  }

  get(name) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSVString(name);
    const pair = this.#list.find((p) => p[0] === name);
    return pair === undefined ? null : pair[1];
  }

  getAll(name) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSVString(name);
    return this.#list.filter((p) => p[0] === name).map((p) => p[1]);
  }

  has(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      return this.#list.some((p) => p[0] === name && p[1] === value);
    }
    return this.#list.some((p) => p[0] === name);
  }

  set(name, value) {
    checkParams(this);
    if (arguments.length < 2) {
      throw arguments.length === 0 ? missingArgs('name', 'value') : missingArgs('value');
    }
    name = toUSVString(name);
    value = toUSVString(value);
    const out = [];
    let found = false;
    for (const pair of this.#list) {
      if (pair[0] !== name) {
        out.push(pair);
      } else if (!found) {
        found = true;
        out.push([name, value]);
      }
    }
    if (!found) out.push([name, value]);
    this.#list = out;
    this.#update();
  }

  sort() {
    checkParams(this);
    // A stable insertion sort by UTF-16 code units, as the spec asks.
    const list = this.#list;
    for (let i = 1; i < list.length; i++) {
      const item = list[i];
      let j = i - 1;
      while (j >= 0 && list[j][0] > item[0]) {
        list[j + 1] = list[j];
        j--;
      }
      list[j + 1] = item;
    }
    this.#update();
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    if (typeof callback !== 'function') {
      const { invalidArgType } = require('internal/errors');
      throw invalidArgType('callback', 'function', callback);
    }
    for (let i = 0; i < this.#list.length; i++) {
      const pair = this.#list[i];
      callback.call(thisArg, pair[1], pair[0], this);
    }
  }

  keys() {
    checkParams(this);
    return new URLSearchParamsIterator(this.#list, 'key', () => this.#list);
  }

  values() {
    checkParams(this);
    return new URLSearchParamsIterator(this.#list, 'value', () => this.#list);
  }

  entries() {
    checkParams(this);
    return new URLSearchParamsIterator(this.#list, 'key+value', () => this.#list);
  }

  toString() {
    checkParams(this);
    return serializeUrlencoded(this.#list);
  }

  [kInspect](recurseTimes, ctx) {
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx.stylize('[Object]', 'special');
    }
    const inspect = lazyInspect();
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const output = this.#list.map((p) => inspect(p[0], innerOpts) + ' => ' + inspect(p[1], innerOpts));
    const length = output.reduce((prev, cur) => prev + cur.length + 2, -2);
    const name = this.constructor.name;
    if (length > ctx.breakLength) return name + ' {\n  ' + output.join(',\n  ') + ' }';
    if (output.length) return name + ' { ' + output.join(', ') + ' }';
    return name + ' {}';
  }
}

URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;

// The live iterator over a URLSearchParams' list: it reads the list anew at
// every step, so changes during iteration show, as in node.
class URLSearchParamsIterator {
  #getList;
  #kind;
  #index = 0;

  constructor(list, kind, getList) {
    this.#getList = getList;
    this.#kind = kind;
  }

  next() {
    const list = this.#getList();
    if (this.#index >= list.length) return { value: undefined, done: true };
    const pair = list[this.#index++];
    const value = this.#kind === 'key' ? pair[0] : this.#kind === 'value' ? pair[1] : [pair[0], pair[1]];
    return { value, done: false };
  }

  [Symbol.iterator]() {
    return this;
  }

  [kInspect](recurseTimes, ctx) {
    const inspect = lazyInspect();
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = this.#getList();
    const rest = list.slice(this.#index).map((pair) => {
      if (this.#kind === 'key') return pair[0];
      if (this.#kind === 'value') return pair[1];
      return [pair[0], pair[1]];
    });
    const output = rest.map((v) => inspect(v, innerOpts));
    if (output.length === 0) return 'URLSearchParams Iterator {  }';
    return 'URLSearchParams Iterator { ' + output.join(', ') + ' }';
  }
}

Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator',
  configurable: true,
});

// ---------------------------------------------------------------------------
// URL.

// Parses `input` against `base` (both strings, or base undefined).
function parseWithBase(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicParse(base, null);
    if (baseRecord === FAILURE) return FAILURE;
  }
  return basicParse(input, baseRecord);
}

class URL {
  #url;
  #searchParams = null;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const record = parseWithBase(input, base);
    if (record === FAILURE) throw decorateInvalidUrl(new TypeError('Invalid URL'), input, base);
    this.#url = record;
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    const baseString = base === undefined ? undefined : toUSVString(base);
    return parseWithBase(toUSVString(input), baseString) !== FAILURE;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    const baseString = base === undefined ? undefined : toUSVString(base);
    const record = parseWithBase(toUSVString(input), baseString);
    if (record === FAILURE) return null;
    const url = new URL('about:blank');
    url.#url = record;
    return url;
  }

  static _isURL(value) {
    return typeof value === 'object' && value !== null && #url in value;
  }


  #syncSearchParams() {
    if (this.#searchParams !== null) resetParams(this.#searchParams, this.#url.query);
  }

  toString() {
    checkURL(this);
    return serializeURL(this.#url, false);
  }

  get href() {
    checkURL(this);
    return serializeURL(this.#url, false);
  }

  set href(value) {
    checkURL(this);
    value = toUSVString(value);
    const record = basicParse(value, null);
    if (record === FAILURE) throw decorateInvalidUrl(new TypeError('Invalid URL'), value);
    this.#url = record;
    if (this.#searchParams !== null) attachParams(this.#searchParams, record);
    this.#syncSearchParams();
  }

  get origin() {
    checkURL(this);
    return serializeOrigin(this.#url);
  }

  get protocol() {
    checkURL(this);
    return this.#url.scheme + ':';
  }

  set protocol(value) {
    checkURL(this);
    basicParse(toUSVString(value) + ':', null, this.#url, SCHEME_START);
  }

  get username() {
    checkURL(this);
    return this.#url.username;
  }

  set username(value) {
    checkURL(this);
    if (cannotHaveCredentialsOrPort(this.#url)) return;
    this.#url.username = encodeString(toUSVString(value), inUserinfo);
  }

  get password() {
    checkURL(this);
    return this.#url.password;
  }

  set password(value) {
    checkURL(this);
    if (cannotHaveCredentialsOrPort(this.#url)) return;
    this.#url.password = encodeString(toUSVString(value), inUserinfo);
  }

  get host() {
    checkURL(this);
    const url = this.#url;
    if (url.host === null) return '';
    if (url.port === null) return url.host;
    return url.host + ':' + url.port;
  }

  set host(value) {
    checkURL(this);
    if (hasOpaquePath(this.#url)) return;
    value = toUSVString(value);
    if (value[0] === ':' && !isSpecialScheme(this.#url.scheme)) {
      // Like node (ada): a non-special URL gets an empty host, then the port.
      this.#url.host = '';
      if (value.length > 1) this.#editInPlace(value.slice(1), PORT);
      return;
    }
    this.#editInPlace(value, HOST);
  }

  get hostname() {
    checkURL(this);
    return this.#url.host === null ? '' : this.#url.host;
  }

  set hostname(value) {
    checkURL(this);
    if (hasOpaquePath(this.#url)) return;
    this.#editInPlace(toUSVString(value), HOSTNAME);
  }

  get port() {
    checkURL(this);
    return this.#url.port === null ? '' : String(this.#url.port);
  }

  set port(value) {
    checkURL(this);
    if (cannotHaveCredentialsOrPort(this.#url)) return;
    value = toUSVString(value);
    if (value === '') this.#url.port = null;
    else this.#editInPlace(value, PORT);
  }

  get pathname() {
    checkURL(this);
    return serializePath(this.#url);
  }

  set pathname(value) {
    checkURL(this);
    if (hasOpaquePath(this.#url)) return;
    const copy = Object.assign(newRecord(), this.#url);
    copy.path = [];
    if (basicParse(toUSVString(value), null, copy, PATH_START) !== FAILURE) {
      this.#url.path = copy.path;
    }
  }

  get search() {
    checkURL(this);
    const q = this.#url.query;
    return q === null || q === '' ? '' : '?' + q;
  }

  set search(value) {
    checkURL(this);
    value = toUSVString(value);
    if (value === '') {
      this.#url.query = null;
      this.#syncSearchParams();
      return;
    }
    if (value[0] === '?') value = value.slice(1);
    const saved = this.#url.query;
    this.#url.query = '';
    if (basicParse(value, null, this.#url, QUERY) === FAILURE) this.#url.query = saved;
    this.#syncSearchParams();
  }

  get searchParams() {
    checkURL(this);
    if (this.#searchParams === null) {
      const params = new URLSearchParams(this.#url.query === null ? '' : this.#url.query);
      attachParams(params, this.#url);
      this.#searchParams = params;
    }
    return this.#searchParams;
  }

  get hash() {
    checkURL(this);
    const f = this.#url.fragment;
    return f === null || f === '' ? '' : '#' + f;
  }

  set hash(value) {
    checkURL(this);
    value = toUSVString(value);
    if (value === '') {
      this.#url.fragment = null;
      return;
    }
    if (value[0] === '#') value = value.slice(1);
    this.#url.fragment = '';
    basicParse(value, null, this.#url, FRAGMENT);
  }

  // Setters that go through the parser work on a copy, so that a failure
  // half-way leaves the URL as it was.
  #editInPlace(value, state) {
    const copy = Object.assign(newRecord(), this.#url);
    copy.path = hasOpaquePath(this.#url) ? this.#url.path : this.#url.path.slice();
    if (basicParse(value, null, copy, state) !== FAILURE) Object.assign(this.#url, copy);
  }

  toJSON() {
    checkURL(this);
    return serializeURL(this.#url, false);
  }

  [kInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = this.constructor || URL;
    // Node's object has a prototype holding `constructor`, which its inspect
    // skips (the object is no instance of it); a plain object shows the same.
    const obj = {};
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return constructor.name + ' ' + lazyInspect()(obj, opts);
  }
}

// As in node (WebIDL), the accessors and methods are enumerable.
for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  Object.defineProperty(URL.prototype, name, { enumerable: true });
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'size', 'sort', 'entries',
  'forEach', 'keys', 'values', 'toString']) {
  Object.defineProperty(URLSearchParams.prototype, name, { enumerable: true });
}
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams',
  configurable: true,
});
Object.defineProperty(URL, 'canParse', { enumerable: true });
Object.defineProperty(URL, 'parse', { enumerable: true });
// The helpers reach private fields, so they are written as statics; node
// keeps them private, so they are taken off the classes here.
const isURL = URL._isURL;
const attachParams = URLSearchParams._attach;
const resetParams = URLSearchParams._reset;
const isParams = URLSearchParams._isParams;
delete URL._isURL;
delete URLSearchParams._isParams;
delete URLSearchParams._attach;
delete URLSearchParams._reset;

module.exports = {
  URL,
  URLSearchParams,
  toUSVString,
  domainToASCII,
  percentDecodeBytes,
  utf8Decode,
  isURL,
};
