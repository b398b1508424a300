// `url`: the WHATWG `URL` and `URLSearchParams` (from internal/url), node's
// helpers between file URLs and paths, and a basic version of the legacy
// `url.parse`/`url.format` API, after node's lib/url.js. The legacy parser
// covers the common shapes (`protocol://auth@host:port/path?query#hash`,
// relative paths), not every quirk of node's.
'use strict';

const { URL, URLSearchParams, domainToASCII, isURL } = require('internal/url');
const { codedError, invalidArgType } = require('internal/errors');

// ---------------------------------------------------------------------------
// File URLs and paths.

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw invalidArgType('path', 'of type string or an instance of URL', path);
  if (path.protocol !== 'file:') {
    throw codedError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  }
  if (path.hostname !== '') {
    throw codedError(TypeError, 'ERR_INVALID_FILE_URL_HOST',
      'File URL host must be "localhost" or empty on linux');
  }
  const pathname = path.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw codedError(TypeError, 'ERR_INVALID_FILE_URL_PATH',
          'File URL path must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw invalidArgType('path', 'string', filepath);
  const path = require('path');
  let resolved = path.resolve(filepath);
  // path.resolve drops a trailing slash, which a directory URL keeps.
  if (filepath.charCodeAt(filepath.length - 1) === 47 && resolved[resolved.length - 1] !== '/') {
    resolved += '/';
  }
  const outURL = new URL('file://');
  outURL.pathname = resolved
    .replace(/%/g, '%25')
    .replace(/\\/g, '%5C')
    .replace(/\n/g, '%0A')
    .replace(/\r/g, '%0D')
    .replace(/\t/g, '%09');
  return outURL;
}

// ---------------------------------------------------------------------------
// The legacy API (basic).

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher',
  'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
const hostlessProtocol = new Set(['javascript', 'javascript:']);

function unescapeComponent(s) {
  s = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// querystring.parse, basic: repeated keys collect into arrays.
function parseQuery(qs) {
  const obj = Object.create(null);
  if (typeof qs !== 'string' || qs === '') return obj;
  for (const part of qs.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = unescapeComponent(eq === -1 ? part : part.slice(0, eq));
    const value = unescapeComponent(eq === -1 ? '' : part.slice(eq + 1));
    const prev = obj[key];
    if (prev === undefined) obj[key] = value;
    else if (Array.isArray(prev)) prev.push(value);
    else obj[key] = [prev, value];
  }
  return obj;
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return '' + v;
  if (typeof v === 'bigint' || typeof v === 'boolean') return '' + v;
  return '';
}

// querystring.stringify, basic.
function stringifyQuery(obj) {
  if (obj === null || typeof obj !== 'object') return '';
  const out = [];
  for (const key of Object.keys(obj)) {
    const k = encodeURIComponent(stringifyPrimitive(key)) + '=';
    const v = obj[key];
    if (Array.isArray(v)) {
      for (const item of v) out.push(k + encodeURIComponent(stringifyPrimitive(item)));
    } else {
      out.push(k + encodeURIComponent(stringifyPrimitive(v)));
    }
  }
  return out.join('&');
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw invalidArgType('url', 'string', url);
  let rest = url.trim();
  // Backslashes before the query are slashes, as in browsers.
  const q = rest.search(/[?#]/);
  const head = q === -1 ? rest : rest.slice(0, q);
  rest = head.replace(/\\/g, '/') + (q === -1 ? '' : rest.slice(q));

  const proto = /^[a-z0-9.+-]+:/i.exec(rest);
  let lowerProto;
  if (proto) {
    lowerProto = proto[0].toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto[0].length);
  }
  let slashes;
  if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }
  if (!hostlessProtocol.has(lowerProto) &&
    (slashes || (proto && !slashedProtocol.has(lowerProto)))) {
    let hostEnd = rest.search(/[/?#]/);
    if (hostEnd === -1) hostEnd = rest.length;
    const at = rest.lastIndexOf('@', hostEnd);
    if (at !== -1) {
      this.auth = unescapeComponent(rest.slice(0, at));
      rest = rest.slice(at + 1);
      hostEnd -= at + 1;
    }
    this.host = rest.slice(0, hostEnd);
    rest = rest.slice(hostEnd);
    const port = /:[0-9]*$/.exec(this.host);
    if (port) {
      if (port[0] !== ':') this.port = port[0].slice(1);
      this.hostname = this.host.slice(0, this.host.length - port[0].length);
    } else {
      this.hostname = this.host;
    }
    const ipv6 = this.hostname[0] === '[' && this.hostname[this.hostname.length - 1] === ']';
    if (ipv6) {
      this.hostname = this.hostname.slice(1, -1);
    } else {
      this.hostname = domainToASCII(this.hostname);
    }
    this.host = (ipv6 ? '[' + this.hostname + ']' : this.hostname) +
      (this.port ? ':' + this.port : '');
  }

  const hash = rest.indexOf('#');
  if (hash !== -1) {
    this.hash = rest.slice(hash);
    rest = rest.slice(0, hash);
  }
  const qm = rest.indexOf('?');
  if (qm !== -1) {
    this.search = rest.slice(qm);
    this.query = rest.slice(qm + 1);
    if (parseQueryString) this.query = parseQuery(this.query);
    rest = rest.slice(0, qm);
  } else if (parseQueryString) {
    this.search = null;
    this.query = Object.create(null);
  }
  if (rest) this.pathname = rest;
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = encodeURIComponent(auth).replace(/%3A/i, ':') + '@';
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.includes(':') && this.hostname[0] !== '['
      ? '[' + this.hostname + ']'
      : this.hostname);
    if (this.port) host += ':' + this.port;
  }
  if (this.query !== null && typeof this.query === 'object') query = stringifyQuery(this.query);
  let search = this.search || (query && '?' + query) || '';
  if (protocol && protocol[protocol.length - 1] !== ':') protocol += ':';
  pathname = pathname.replace(/[?#]/g, (c) => encodeURIComponent(c));
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol === 'file:') {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = '#' + hash;
  if (search && search[0] !== '?') search = '?' + search;
  return protocol + host + pathname + search + hash;
};

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw invalidArgType('urlObject', 'one of type object or string', urlObject);
  } else if (isURL(urlObject)) {
    const opts = { auth: true, fragment: true, search: true, unicode: false, ...options };
    const u = new URL(urlObject.href);
    if (!opts.auth) {
      u.username = '';
      u.password = '';
    }
    if (!opts.fragment) u.hash = '';
    if (!opts.search) u.search = '';
    return u.href;
  }
  return Url.prototype.format.call(urlObject);
}

module.exports = {
  Url,
  parse: urlParse,
  format: urlFormat,
  URL,
  URLSearchParams,
  pathToFileURL,
  fileURLToPath,
};
