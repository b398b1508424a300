// `fs`: files, after node's lib/fs.js. Every operation exists in three forms:
// `*Sync` (runs on the script's thread and throws), callback (runs on the
// thread pool; the callback gets `(err, result)` on the loop thread) and
// `fs.promises`. The work is done natively (`binding.fsSync`/`fsAsync`); this
// file checks arguments, reads options and shapes results (Stats, Dirent).
//
// File contents travel as Buffers: `readFile` without an encoding gives one,
// with an encoding the Buffer is decoded here. Data to write may be a string
// (with an encoding) or a Buffer. Descriptors (`open`/`read`/`write`/`close`)
// and `fs.promises`' FileHandle are at the end of the file.
'use strict';

const binding = require('internal/binding');
const pathModule = require('path');
const { codedError, invalidArgType, validateFunction, emitWarning } = require('internal/errors');

// node's error object for a failed system call (its `uvException`): the keys
// come in node's order, `errno`, `code`, `syscall`, `path`, `dest`.
function uvException(errno, code, syscall, path, dest, message, sync) {
  if (syscall === 'rm' && code === 'EISDIR') return rmIsDirectory(path);
  const err = new Error(message);
  // node's stack starts at the public function (sync) or is the bare header
  // (callbacks and promises); this helper is never a frame of its own.
  err.stack = sync ? err.stack.replace(/\n {4}at uvException[^\n]*/, '') : 'Error: ' + message;
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

class SystemError extends Error {}
Object.defineProperty(SystemError.prototype, 'name', {
  value: 'SystemError', writable: true, configurable: true, enumerable: false,
});

// `rm` on a directory without `recursive` is node's own SystemError.
function rmIsDirectory(path) {
  const message = 'Path is a directory: rm returned EISDIR (is a directory) ' + path;
  const err = codedError(SystemError, 'ERR_FS_EISDIR', message);
  err.info = { code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 };
  err.errno = 21;
  err.syscall = 'rm';
  err.path = path;
  return err;
}

binding.fsInit(uvException);

// node's `fs.constants` (Linux values), in node's order. Only some are used
// here (flags are strings, see FLAGS); the rest are there for programs that
// test mode bits or pass `fs.constants.X_OK` along.
const constants = Object.assign(Object.create(null), {
  UV_FS_SYMLINK_DIR: 1,
  UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0,
  O_WRONLY: 1,
  O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0,
  UV_DIRENT_FILE: 1,
  UV_DIRENT_DIR: 2,
  UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5,
  UV_DIRENT_CHAR: 6,
  UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
  EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 0o170000,
  S_IFREG: 0o100000,
  S_IFDIR: 0o040000,
  S_IFCHR: 0o020000,
  S_IFBLK: 0o060000,
  S_IFIFO: 0o010000,
  S_IFLNK: 0o120000,
  S_IFSOCK: 0o140000,
  O_CREAT: 64,
  O_EXCL: 128,
  UV_FS_O_FILEMAP: 0,
  O_NOCTTY: 256,
  O_TRUNC: 512,
  O_APPEND: 1024,
  O_DIRECTORY: 65536,
  O_NOATIME: 262144,
  O_NOFOLLOW: 131072,
  O_SYNC: 1052672,
  O_DSYNC: 4096,
  O_DIRECT: 16384,
  O_NONBLOCK: 2048,
  S_IRWXU: 0o700,
  S_IRUSR: 0o400,
  S_IWUSR: 0o200,
  S_IXUSR: 0o100,
  S_IRWXG: 0o70,
  S_IRGRP: 0o40,
  S_IWGRP: 0o20,
  S_IXGRP: 0o10,
  S_IRWXO: 0o7,
  S_IROTH: 0o4,
  S_IWOTH: 0o2,
  S_IXOTH: 0o1,
  F_OK: 0,
  R_OK: 4,
  W_OK: 2,
  X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1,
  COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2,
  COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4,
  COPYFILE_FICLONE_FORCE: 4,
});

// ---------------------------------------------------------------------------
// Arguments and options
// ---------------------------------------------------------------------------

function checkPath(path, name) {
  if (typeof path !== 'string') {
    throw invalidArgType(name || 'path', 'of type string or an instance of Buffer or URL', path);
  }
  return path;
}

// The encoding asked for, or undefined where node gives a Buffer.
function getEncoding(options) {
  let encoding = options;
  if (options !== null && typeof options === 'object') encoding = options.encoding;
  if (encoding === undefined || encoding === null || encoding === 'buffer') return undefined;
  if (Buffer.isEncoding(encoding)) return encoding;
  throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
    "The argument 'encoding' is invalid encoding. Received " + binding.inspect(encoding));
}

// ---------------------------------------------------------------------------
// Descriptors, flags and modes
// ---------------------------------------------------------------------------

// node's ERR_OUT_OF_RANGE, with its number formatting (`1_000_000_000_000`).
function outOfRange(name, range, value) {
  let shown = binding.inspect(value);
  if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) {
    shown = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '_');
  }
  return codedError(RangeError, 'ERR_OUT_OF_RANGE',
    'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + shown);
}

// node's `validateInt32(value, name, min, max)`.
function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, value);
  return value;
}

// node's `validateInteger(value, name)`: any safe integer.
function validateInteger(value, name) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (!Number.isSafeInteger(value)) {
    throw outOfRange(name, '>= ' + Number.MIN_SAFE_INTEGER + ' && <= ' + Number.MAX_SAFE_INTEGER, value);
  }
  return value;
}

// A `truncate` length: an integer, negative ones meaning 0 (as node).
function getLength(len) {
  return Math.max(0, validateInteger(len === undefined ? 0 : len, 'len'));
}

function getValidatedFd(fd) {
  return validateInt32(fd, 'fd', 0);
}

const FLAGS = ['r', 'rs', 'sr', 'r+', 'rs+', 'sr+', 'w', 'wx', 'xw', 'w+', 'wx+', 'xw+',
  'a', 'ax', 'xa', 'as', 'sa', 'a+', 'ax+', 'xa+', 'as+', 'sa+'];

// node's `stringToFlags`: the flag string, checked (numbers are not supported).
function getFlags(flags) {
  if (flags === undefined || flags === null) return 'r';
  if (typeof flags === 'string' && FLAGS.includes(flags)) return flags;
  throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
    "The argument 'flags' is invalid. Received " + binding.inspect(flags));
}

function getMode(mode, fallback) {
  if (mode === undefined || mode === null) return fallback;
  if (typeof mode === 'string') {
    if (!/^[0-7]+$/.test(mode)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
        "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received " +
        binding.inspect(mode));
    }
    return parseInt(mode, 8);
  }
  return validateInt32(mode, 'mode', 0, 4294967295);
}

function getFlag(options, fallback) {
  if (options !== null && typeof options === 'object' && options.flag !== undefined) {
    return String(options.flag);
  }
  return fallback;
}

// Data to write: a Buffer, or a string in the given encoding (UTF-8 strings go
// to the native side as they are).
function getData(data, encoding) {
  if (Buffer.isBuffer(data)) return data;
  if (typeof data !== 'string') {
    throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8') return data;
  return Buffer.from(data, encoding);
}

// A Buffer's contents as `encoding` asks (a Buffer when it is undefined).
function decoded(encoding) {
  return encoding === undefined ? same : (buffer) => buffer.toString(encoding);
}

function option(options, name) {
  return options !== null && typeof options === 'object' && options[name] === true;
}

// ---------------------------------------------------------------------------
// Results: Stats and Dirent
// ---------------------------------------------------------------------------

const STATS_FIELDS = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino',
  'size', 'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs'];

function Stats(numbers) {
  for (let i = 0; i < STATS_FIELDS.length; i++) this[STATS_FIELDS[i]] = numbers[i];
  this.atime = new Date(this.atimeMs);
  this.mtime = new Date(this.mtimeMs);
  this.ctime = new Date(this.ctimeMs);
  this.birthtime = new Date(this.birthtimeMs);
}

function modeIs(type) {
  return function () {
    return (this.mode & constants.S_IFMT) === type;
  };
}

// libuv's UV_DIRENT_* numbers, as `readdir` reports them.
const DIRENT_FILE = 1;
const DIRENT_DIR = 2;
const DIRENT_LINK = 3;
const DIRENT_FIFO = 4;
const DIRENT_SOCKET = 5;
const DIRENT_CHAR = 6;
const DIRENT_BLOCK = 7;

// The entry's type lives under a symbol, as in node, so that inspecting a
// Dirent shows it the same way (`[Symbol(type)]: 1`).
const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isFile() { return this[kType] === DIRENT_FILE; }
  isDirectory() { return this[kType] === DIRENT_DIR; }
  isSymbolicLink() { return this[kType] === DIRENT_LINK; }
  isFIFO() { return this[kType] === DIRENT_FIFO; }
  isSocket() { return this[kType] === DIRENT_SOCKET; }
  isCharacterDevice() { return this[kType] === DIRENT_CHAR; }
  isBlockDevice() { return this[kType] === DIRENT_BLOCK; }
}

const statsMethods = {
  isFile: modeIs(constants.S_IFREG),
  isDirectory: modeIs(constants.S_IFDIR),
  isSymbolicLink: modeIs(constants.S_IFLNK),
  isFIFO: modeIs(constants.S_IFIFO),
  isSocket: modeIs(constants.S_IFSOCK),
  isCharacterDevice: modeIs(constants.S_IFCHR),
  isBlockDevice: modeIs(constants.S_IFBLK),
};
for (const name of Object.keys(statsMethods)) {
  Object.defineProperty(Stats.prototype, name, {
    value: statsMethods[name], writable: true, configurable: true, enumerable: false,
  });
}

function direntsOf(path, pairs) {
  return pairs.map((pair) => new Dirent(pair[0], pair[1], path));
}

// ---------------------------------------------------------------------------
// readdir with `recursive`, after node's `readdirSyncRecursive`,
// `readdirRecursive` and fs/promises' `readdirRecursive`. Each directory is
// read natively with the entries' types; names are paths relative to the
// base joined with '/', Dirents carry the directory they were found in.
// ---------------------------------------------------------------------------

// Whether the entry `full` (of type `kind`) is a directory to descend into.
// Names follow symbolic links (node stats each entry); Dirents do not.
function isDirectoryEntry(full, kind, types) {
  if (kind === DIRENT_DIR) return true;
  if (types || (kind !== DIRENT_LINK && kind !== 0)) return false;
  return binding.fsSync('isDirectory', full);
}

// Adds the entries of `dir` to `results`; the directories among them are
// handed to `found` (the order they are read in differs between the forms).
function collectEntries(base, dir, pairs, types, results, found) {
  for (const pair of pairs) {
    const full = pathModule.join(dir, pair[0]);
    results.push(types ? new Dirent(pair[0], pair[1], dir) : pathModule.relative(base, full));
    if (isDirectoryEntry(full, pair[1], types)) found(full);
  }
}

// The sync form reads breadth first: a queue of directories. node 20's
// callback form runs this same walk and calls back before returning.
function readdirRecursiveSync(base, types) {
  const results = [];
  const queue = [base];
  for (let i = 0; i < queue.length; i++) {
    const pairs = binding.fsSync('readdir', queue[i], true);
    collectEntries(base, queue[i], pairs, types, results, (dir) => queue.push(dir));
  }
  return results;
}

// fs/promises reads each directory as soon as it is found and then takes the
// last one read first (a stack), so its order differs from the other forms.
async function readdirRecursivePromise(base, types) {
  const read = (dir) => binding.fsAsync('readdir', dir, true, undefined, undefined);
  const results = [];
  const stack = [[base, await read(base)]];
  while (stack.length > 0) {
    const [dir, pairs] = stack.pop();
    const found = [];
    collectEntries(base, dir, pairs, types, results, (sub) => found.push(sub));
    for (const sub of found) stack.push([sub, await read(sub)]);
  }
  return results;
}

// ---------------------------------------------------------------------------
// The operations, each described once: how to turn the public arguments into
// the native operands, and how to shape the native result.
// ---------------------------------------------------------------------------

const same = (x) => x;

const ops = {
  readFile(path, options) {
    const encoding = getEncoding(options);
    // A descriptor reads from its current position to the end. node checks
    // it with fstat first, except on its UTF-8 fast path, which just reads:
    // that is the syscall an unknown descriptor's EBADF names.
    if (typeof path === 'number') {
      const statFirst = encoding !== 'utf8' && encoding !== 'utf-8';
      return { op: 'readAll', args: [getValidatedFd(path), statFirst], shape: decoded(encoding) };
    }
    checkPath(path);
    return { op: 'readFile', args: [path], shape: decoded(encoding) };
  },
  writeFile(path, data, options) {
    const encoding = getEncoding(typeof options === 'string' ? options : options && options.encoding);
    if (typeof path === 'number') {
      return { op: 'write', args: [getValidatedFd(path), getData(data, encoding), null], shape: () => undefined };
    }
    checkPath(path);
    return { op: 'writeFile', args: [path, getData(data, encoding), getFlag(options, 'w')], shape: () => undefined };
  },
  appendFile(path, data, options) {
    const encoding = getEncoding(typeof options === 'string' ? options : options && options.encoding);
    if (typeof path === 'number') {
      return { op: 'write', args: [getValidatedFd(path), getData(data, encoding), null], shape: () => undefined };
    }
    checkPath(path);
    return { op: 'writeFile', args: [path, getData(data, encoding), getFlag(options, 'a')], shape: () => undefined };
  },
  open(path, flags, mode) {
    checkPath(path);
    return { op: 'open', args: [path, getFlags(flags), getMode(mode, 0o666)], shape: same };
  },
  close(fd) {
    return { op: 'close', args: [getValidatedFd(fd)], shape: () => undefined };
  },
  fstat(fd) {
    return { op: 'fstat', args: [getValidatedFd(fd)], shape: (a) => new Stats(a) };
  },
  ftruncate(fd, len) {
    return { op: 'ftruncate', args: [getValidatedFd(fd), getLength(len)], shape: same };
  },
  stat(path) {
    return { op: 'stat', args: [checkPath(path)], shape: (a) => new Stats(a) };
  },
  lstat(path) {
    return { op: 'lstat', args: [checkPath(path)], shape: (a) => new Stats(a) };
  },
  mkdir(path, options) {
    return { op: 'mkdir', args: [checkPath(path), option(options, 'recursive')], shape: same };
  },
  readdir(path, options) {
    checkPath(path);
    getEncoding(options);
    const types = option(options, 'withFileTypes');
    if (options !== null && typeof options === 'object' && options.recursive) {
      return {
        sync: () => readdirRecursiveSync(path, types),
        callback: (callback) => callback(null, readdirRecursiveSync(path, types)),
        promise: () => readdirRecursivePromise(path, types),
      };
    }
    return {
      op: 'readdir',
      args: [path, types],
      shape: types ? (pairs) => direntsOf(path, pairs) : same,
    };
  },
  unlink(path) {
    return { op: 'unlink', args: [checkPath(path)], shape: same };
  },
  rmdir(path, options) {
    return { op: 'rmdir', args: [checkPath(path), option(options, 'recursive')], shape: same };
  },
  rm(path, options) {
    checkPath(path);
    return {
      op: 'rm',
      args: [path, option(options, 'recursive'), option(options, 'force')],
      shape: same,
    };
  },
  rename(oldPath, newPath) {
    checkPath(oldPath, 'oldPath');
    checkPath(newPath, 'newPath');
    return { op: 'rename', args: [oldPath, newPath], shape: same };
  },
  mkdtemp(prefix, options) {
    checkPath(prefix, 'prefix');
    getEncoding(options);
    return { op: 'mkdtemp', args: [prefix], shape: same };
  },
  realpath(path, options) {
    checkPath(path);
    getEncoding(options);
    return { op: 'realpath', args: [path], shape: same };
  },
  copyFile(src, dest, mode) {
    checkPath(src, 'src');
    checkPath(dest, 'dest');
    return { op: 'copyFile', args: [src, dest, typeof mode === 'number' ? mode : 0], shape: same };
  },
  access(path, mode) {
    checkPath(path);
    return { op: 'access', args: [path, typeof mode === 'number' ? mode : 0], shape: same };
  },
};

// A request is either one native operation (`op`, `args`, `shape`) or, when
// it takes several steps (recursive readdir), its own three forms.
function runSync(req) {
  if (req.sync) return req.sync();
  const a = req.args;
  return req.shape(binding.fsSync(req.op, a[0], a[1], a[2]));
}

function runCallback(req, callback) {
  if (req.callback) {
    req.callback(callback);
    return;
  }
  const a = req.args;
  binding.fsAsync(req.op, a[0], a[1], a[2], (err, result) => {
    if (err) {
      callback(err);
      return;
    }
    // Operations without a result call back with `(null)` alone, as node.
    const value = req.shape(result);
    if (value === undefined) callback(null);
    else callback(null, value);
  });
}

function runPromise(req) {
  if (req.promise) return req.promise();
  const a = req.args;
  const promise = binding.fsAsync(req.op, a[0], a[1], a[2], undefined);
  return req.shape === same ? promise : promise.then(req.shape);
}

// How many leading arguments each operation takes before its callback (the
// rest are optional, so the callback is the last function given).
const ARITY = {
  open: 3, close: 1, fstat: 1, ftruncate: 2,
  readFile: 2, writeFile: 3, appendFile: 3, stat: 2, lstat: 2, mkdir: 2, readdir: 2,
  unlink: 1, rmdir: 2, rm: 2, rename: 2, mkdtemp: 2, realpath: 2, copyFile: 3, access: 2,
};

// Operations whose last argument before the callback is not optional.
const REQUIRED_LAST = ['unlink', 'rename', 'close', 'fstat'];

const fs = { constants, Stats, Dirent };
const promises = {};

for (const name of Object.keys(ops)) {
  const describe = ops[name];
  const arity = ARITY[name];
  fs[name + 'Sync'] = {
    [name + 'Sync'](...args) {
      return runSync(describe(...args.slice(0, arity)));
    },
  }[name + 'Sync'];
  fs[name] = {
    [name](...args) {
      // As node (`callback || options`): the callback follows the arguments,
      // or takes the place of a trailing optional one, and is checked first.
      let callback = args[arity];
      args = args.slice(0, arity);
      if (!callback && !REQUIRED_LAST.includes(name)) {
        // The last function given, so `open(path, cb)` skips flags and mode.
        let i = arity - 1;
        while (i > 1 && typeof args[i] !== 'function') i--;
        if (typeof args[i] !== 'function') i = arity - 1;
        callback = args[i];
        for (let j = i; j < arity; j++) args[j] = undefined;
      }
      validateFunction(callback, 'cb');
      runCallback(describe(...args), callback);
    },
  }[name];
  promises[name] = {
    [name](...args) {
      // Like node's async functions, bad arguments reject rather than throw.
      try {
        return runPromise(describe(...args.slice(0, arity)));
      } catch (err) {
        return Promise.reject(err);
      }
    },
  }[name];
}

// With `throwIfNoEntry: false`, a missing file (ENOENT only: node 20 still
// throws ENOTDIR for a path through a file) gives undefined, not an error.
for (const name of ['stat', 'lstat']) {
  const statSync = fs[name + 'Sync'];
  fs[name + 'Sync'] = {
    [name + 'Sync'](path, options) {
      if (options === null || typeof options !== 'object' || options.throwIfNoEntry !== false) {
        return statSync(path, options);
      }
      try {
        return statSync(path, options);
      } catch (err) {
        if (err.code === 'ENOENT') return undefined;
        throw err;
      }
    },
  }[name + 'Sync'];
}

// The sync and callback readdir insist on a boolean `recursive` when it is
// given; fs/promises only tests it for truth.
for (const name of ['readdirSync', 'readdir']) {
  const readdir = fs[name];
  fs[name] = {
    [name](path, options, callback) {
      if (name === 'readdir') validateFunction(typeof options === 'function' ? options : callback, 'cb');
      const recursive = options !== null && typeof options === 'object' ? options.recursive : undefined;
      if (recursive !== undefined && recursive !== null && typeof recursive !== 'boolean') {
        throw invalidArgType('options.recursive', 'boolean', recursive);
      }
      return readdir(path, options, callback);
    },
  }[name];
}

// `truncate` on a path opens the file, truncates the descriptor and closes it
// (so a missing file is `ENOENT ... open`), as in node.
fs.truncateSync = function truncateSync(path, len) {
  if (typeof path === 'number') return fs.ftruncateSync(path, len);
  const fd = fs.openSync(path, 'r+');
  try {
    return fs.ftruncateSync(fd, len);
  } finally {
    fs.closeSync(fd);
  }
};

let truncateFdWarned = false;

fs.truncate = function truncate(path, len, callback) {
  if (typeof path === 'number') {
    if (!truncateFdWarned) {
      truncateFdWarned = true;
      emitWarning('Using fs.truncate with a file descriptor is deprecated. ' +
        'Please use fs.ftruncate with a file descriptor instead.', 'DeprecationWarning', 'DEP0081');
    }
    return fs.ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  len = getLength(len);
  validateFunction(callback, 'cb');
  fs.open(path, 'r+', (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    binding.fsAsync('ftruncate', fd, len, undefined, (truncateErr) => {
      // As node's `aggregateTwoErrors(closeErr, truncateErr)` when only one fails.
      fs.close(fd, (closeErr) => callback(closeErr || truncateErr));
    });
  });
};

fs.existsSync = function existsSync(path) {
  if (typeof path !== 'string') return false;
  return binding.fsSync('exists', path);
};

fs.exists = function exists(path, callback) {
  validateFunction(callback, 'cb');
  if (typeof path !== 'string') {
    process.nextTick(callback, false);
    return;
  }
  binding.fsAsync('exists', path, undefined, undefined, (err, result) => callback(!err && result));
};

// ---------------------------------------------------------------------------
// Reading and writing through descriptors
// ---------------------------------------------------------------------------

function validateBuffer(buffer) {
  if (!Buffer.isBuffer(buffer)) {
    throw invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
  }
}

// node's argument rules for `read(fd, buffer, offset, length, position)` (or
// an options object in place of `offset`): the request, or null when the
// length is 0 (nothing to do).
function readRequest(fd, buffer, offsetOrOptions, length, position, plain) {
  getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (plain || (offsetOrOptions !== null && typeof offsetOrOptions === 'object')) {
    const options = offsetOrOptions || {};
    offset = options.offset === undefined ? 0 : options.offset;
    length = options.length === undefined ? buffer.length - offset : options.length;
    position = options.position === undefined ? null : options.position;
  }
  if (offset === undefined) offset = 0;
  else validateInt32(offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
  length |= 0;
  if (length === 0) return null;
  if (buffer.length === 0) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The argument 'buffer' is empty and cannot be written. Received " + binding.inspect(buffer));
  }
  if (length < 0) throw outOfRange('length', '>= 0', length);
  if (offset + length > buffer.length) throw outOfRange('length', '<= ' + (buffer.length - offset), length);
  if (position === null || position === undefined) position = -1;
  else validateInt32(position, 'position', -1, Number.MAX_SAFE_INTEGER);
  return { fd, buffer, offset, length, position };
}

// The bytes read land in the caller's buffer at `offset`.
function landRead(req, bytes) {
  bytes.copy(req.buffer, req.offset);
  return bytes.length;
}

// node's rules for `write(fd, buffer, offset, length, position)` and
// `write(fd, string, position, encoding)`: the bytes to write and where.
function writeRequest(fd, buffer, offsetOrOptions, length, position) {
  getValidatedFd(fd);
  if (Buffer.isBuffer(buffer)) {
    let offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') {
      const options = offsetOrOptions;
      offset = options.offset === undefined ? 0 : options.offset;
      length = options.length === undefined ? buffer.length - offset : options.length;
      position = options.position === undefined ? null : options.position;
    }
    if (typeof offset !== 'number') offset = 0;
    if (typeof length !== 'number') length = buffer.length - offset;
    if (typeof position !== 'number') position = null;
    if (offset > buffer.length) throw outOfRange('offset', '<= ' + buffer.length, offset);
    if (length > buffer.length - offset) throw outOfRange('length', '<= ' + (buffer.length - offset), length);
    if (length < 0) throw outOfRange('length', '>= 0', length);
    validateInt32(length, 'length', 0);
    return { data: buffer.subarray(offset, offset + length), position };
  }
  if (typeof buffer !== 'string') {
    throw invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', buffer);
  }
  const encoding = length === undefined || length === null ? 'utf8' : length;
  if (!Buffer.isEncoding(encoding)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The argument 'encoding' is invalid encoding. Received " + binding.inspect(encoding));
  }
  const pos = typeof offsetOrOptions === 'number' ? offsetOrOptions : null;
  return { data: Buffer.from(buffer, encoding), position: pos };
}

fs.readSync = function readSync(fd, buffer, offsetOrOptions, length, position) {
  const req = readRequest(fd, buffer, offsetOrOptions, length, position, arguments.length <= 3);
  if (req === null) return 0;
  return landRead(req, binding.fsSync('read', req.fd, req.length, req.position));
};

fs.read = function read(fd, buffer, offsetOrOptions, length, position, callback) {
  // `read(fd, callback)` and `read(fd, options, callback)` use a fresh buffer.
  if (typeof buffer === 'function') {
    callback = buffer;
    buffer = Buffer.alloc(16384);
    offsetOrOptions = undefined;
  } else if (typeof offsetOrOptions === 'function') {
    callback = offsetOrOptions;
    offsetOrOptions = undefined;
  } else if (typeof length === 'function') {
    callback = length;
    length = undefined;
  } else if (typeof position === 'function') {
    callback = position;
    position = undefined;
  }
  if (buffer !== null && typeof buffer === 'object' && !Buffer.isBuffer(buffer)) {
    offsetOrOptions = buffer;
    buffer = buffer.buffer === undefined ? Buffer.alloc(16384) : buffer.buffer;
  }
  validateFunction(callback, 'cb');
  const plain = offsetOrOptions === undefined && length === undefined;
  const req = readRequest(fd, buffer, offsetOrOptions, length, position, plain);
  if (req === null) {
    process.nextTick(callback, null, 0, buffer);
    return;
  }
  binding.fsAsync('read', req.fd, req.length, req.position, (err, bytes) => {
    if (err) callback(err);
    else callback(null, landRead(req, bytes), req.buffer);
  });
};

fs.writeSync = function writeSync(fd, buffer, offsetOrOptions, length, position) {
  const req = writeRequest(fd, buffer, offsetOrOptions, length, position);
  return binding.fsSync('write', fd, req.data, req.position);
};

fs.write = function write(fd, buffer, ...rest) {
  const callback = rest.pop();
  validateFunction(callback, 'cb');
  const req = writeRequest(fd, buffer, rest[0], rest[1], rest[2]);
  binding.fsAsync('write', fd, req.data, req.position, (err, written) => {
    if (err) callback(err);
    else callback(null, written, buffer);
  });
};

// The promise form of `ops[name]` on descriptor `fd`.
function onDescriptor(name, fd, rest) {
  try {
    return runPromise(ops[name](fd, ...rest));
  } catch (err) {
    return Promise.reject(err);
  }
}

// `fs.promises.open` hands out a FileHandle: the descriptor with promise methods.
class FileHandle {
  #fd;
  constructor(fd) {
    this.#fd = fd;
  }
  get fd() {
    return this.#fd;
  }
  read(buffer, offsetOrOptions, length, position) {
    try {
      if (buffer === undefined || buffer === null || (typeof buffer === 'object' && !Buffer.isBuffer(buffer))) {
        const options = buffer || {};
        buffer = options.buffer === undefined ? Buffer.alloc(16384) : options.buffer;
        offsetOrOptions = options;
      }
      const plain = offsetOrOptions === undefined && length === undefined;
      const req = readRequest(this.#fd, buffer, offsetOrOptions, length, position, plain);
      if (req === null) return Promise.resolve({ bytesRead: 0, buffer });
      return binding.fsAsync('read', req.fd, req.length, req.position, undefined)
        .then((bytes) => ({ bytesRead: landRead(req, bytes), buffer }));
    } catch (err) {
      return Promise.reject(err);
    }
  }
  write(buffer, offsetOrOptions, length, position) {
    try {
      const req = writeRequest(this.#fd, buffer, offsetOrOptions, length, position);
      return binding.fsAsync('write', this.#fd, req.data, req.position, undefined)
        .then((bytesWritten) => ({ bytesWritten, buffer }));
    } catch (err) {
      return Promise.reject(err);
    }
  }
  readFile(options) {
    return onDescriptor('readFile', this.#fd, [options]);
  }
  writeFile(data, options) {
    return onDescriptor('writeFile', this.#fd, [data, options]);
  }
  appendFile(data, options) {
    return onDescriptor('appendFile', this.#fd, [data, options]);
  }
  stat() {
    return runPromise(ops.fstat(this.#fd));
  }
  truncate(len) {
    return onDescriptor('ftruncate', this.#fd, [len]);
  }
  close() {
    const fd = this.#fd;
    // Closing a closed handle is not an error.
    if (fd === -1) return Promise.resolve();
    this.#fd = -1;
    return runPromise(ops.close(fd));
  }
}

const openPromise = promises.open;
promises.open = function open(path, flags, mode) {
  return openPromise(path, flags, mode).then((fd) => new FileHandle(fd));
};
// node's fs.promises has no `close`/`fstat`/`ftruncate`: they are FileHandle
// methods.
delete promises.close;
delete promises.fstat;
delete promises.ftruncate;

// fs/promises' readFile, writeFile and appendFile take a path or a
// FileHandle, not a bare descriptor (after their options are checked).
for (const name of ['readFile', 'writeFile', 'appendFile']) {
  const byPath = promises[name];
  promises[name] = {
    [name](path, ...rest) {
      if (path instanceof FileHandle) return path[name](...rest);
      if (typeof path !== 'number') return byPath(path, ...rest);
      try {
        ops[name](0, ...rest);
        checkPath(path);
      } catch (err) {
        return Promise.reject(err);
      }
    },
  }[name];
}

// Opens, truncates and closes the file, as node's fs/promises does.
promises.truncate = async function truncate(path, len = 0) {
  const handle = await promises.open(path, 'r+');
  try {
    return await handle.truncate(len);
  } finally {
    await handle.close();
  }
};

// ---------------------------------------------------------------------------
// Streams: ReadStream and WriteStream, after node's lib/internal/fs/streams.js.
// Made on first use, so that `require('fs')` does not load the stream module.
// ---------------------------------------------------------------------------

let streamClasses;

function makeStreamClasses() {
  const { Readable, Writable } = require('stream');
  const kIoDone = Symbol('kIoDone');
  const kBusy = Symbol('kIsPerformingIO');

  function streamOptions(options, defaults) {
    if (typeof options === 'string') options = { encoding: options };
    else if (options === null || options === undefined) options = {};
    else if (typeof options !== 'object') throw invalidArgType('options', 'object', options);
    return { ...defaults, ...options };
  }

  function checkRange(options) {
    for (const name of ['start', 'end']) {
      const v = options[name];
      if (v === undefined) continue;
      if (typeof v !== 'number') throw invalidArgType(name, 'number', v);
      if (!Number.isInteger(v) && v !== Infinity) throw outOfRange(name, 'an integer', v);
      if (v < 0) throw outOfRange(name, '>= 0 && <= 9007199254740991', v);
    }
    if (options.start !== undefined && options.end !== undefined && options.start > options.end) {
      throw outOfRange('start', '<= "end" (here: ' + options.end + ')', options.start);
    }
  }

  // Opens the file before the first read or write (the streams' `_construct`).
  function construct(callback) {
    if (typeof this.fd === 'number') {
      callback();
      return;
    }
    fs.open(this.path, this.flags, this.mode, (err, fd) => {
      if (err) {
        callback(err);
        return;
      }
      this.fd = fd;
      callback();
      this.emit('open', fd);
      this.emit('ready');
    });
  }

  // Closes the descriptor once no read or write is in flight.
  function destroy(err, cb) {
    const finish = (er) => {
      if (typeof this.fd !== 'number' || !this.autoClose) {
        cb(er);
        return;
      }
      const fd = this.fd;
      this.fd = null;
      fs.close(fd, (closeErr) => cb(er || closeErr));
    };
    if (this[kBusy]) this.once(kIoDone, (er) => finish(err || er));
    else finish(err);
  }

  class ReadStream extends Readable {
    constructor(path, options) {
      options = streamOptions(options, { highWaterMark: 64 * 1024 });
      if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose !== false;
      super(options);
      this.fd = options.fd === undefined ? null : getValidatedFd(options.fd);
      this.path = this.fd === null ? checkPath(path) : undefined;
      this.flags = getFlags(options.flags);
      this.mode = getMode(options.mode, 0o666);
      checkRange(options);
      this.start = options.start;
      this.end = options.end === undefined ? Infinity : options.end;
      this.pos = options.start;
      this.bytesRead = 0;
      this.autoClose = options.autoClose !== false;
      this[kBusy] = false;
    }
    get pending() {
      return this.fd === null;
    }
    _construct(callback) {
      construct.call(this, callback);
    }
    _read(n) {
      n = this.pos !== undefined
        ? Math.min(this.end - this.pos + 1, n)
        : Math.min(this.end - this.bytesRead + 1, n);
      if (n <= 0) {
        this.push(null);
        return;
      }
      this[kBusy] = true;
      binding.fsAsync('read', this.fd, n, this.pos === undefined ? -1 : this.pos, (err, bytes) => {
        this[kBusy] = false;
        if (this.destroyed) {
          this.emit(kIoDone, err);
          return;
        }
        if (err) {
          this.destroy(err);
        } else if (bytes.length > 0) {
          if (this.pos !== undefined) this.pos += bytes.length;
          this.bytesRead += bytes.length;
          this.push(bytes);
        } else {
          this.push(null);
        }
      });
    }
    _destroy(err, cb) {
      destroy.call(this, err, cb);
    }
    close(cb) {
      if (typeof cb === 'function') require('stream').finished(this, cb);
      this.destroy();
    }
  }

  class WriteStream extends Writable {
    constructor(path, options) {
      options = streamOptions(options, {});
      options.decodeStrings = true;
      if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose !== false;
      super(options);
      this.fd = options.fd === undefined ? null : getValidatedFd(options.fd);
      this.path = this.fd === null ? checkPath(path) : undefined;
      this.flags = getFlags(options.flags === undefined ? 'w' : options.flags);
      this.mode = getMode(options.mode, 0o666);
      checkRange({ start: options.start });
      this.start = options.start;
      this.pos = options.start;
      this.bytesWritten = 0;
      this.autoClose = options.autoClose !== false;
      this[kBusy] = false;
      if (options.encoding) this.setDefaultEncoding(options.encoding);
    }
    get pending() {
      return this.fd === null;
    }
    _construct(callback) {
      construct.call(this, callback);
    }
    _write(data, encoding, cb) {
      this[kBusy] = true;
      const pos = this.pos === undefined ? null : this.pos;
      binding.fsAsync('write', this.fd, data, pos, (err, written) => {
        this[kBusy] = false;
        if (!err) this.bytesWritten += written;
        if (this.destroyed) {
          cb(err);
          this.emit(kIoDone, err);
          return;
        }
        cb(err);
      });
      if (this.pos !== undefined) this.pos += data.length;
    }
    _destroy(err, cb) {
      destroy.call(this, err, cb);
    }
    close(cb) {
      if (cb) {
        if (this.closed) {
          process.nextTick(cb);
          return;
        }
        this.on('close', cb);
      }
      if (!this.autoClose) this.on('finish', this.destroy);
      this.end();
    }
    destroySoon() {
      this.end();
    }
  }

  return { ReadStream, WriteStream };
}

function getStreamClasses() {
  if (streamClasses === undefined) streamClasses = makeStreamClasses();
  return streamClasses;
}

fs.createReadStream = function createReadStream(path, options) {
  return new (getStreamClasses().ReadStream)(path, options);
};

fs.createWriteStream = function createWriteStream(path, options) {
  return new (getStreamClasses().WriteStream)(path, options);
};

for (const name of ['ReadStream', 'WriteStream']) {
  Object.defineProperty(fs, name, {
    get() {
      return getStreamClasses()[name];
    },
    enumerable: true,
    configurable: true,
  });
}

for (const name of ['F_OK', 'R_OK', 'W_OK', 'X_OK']) {
  Object.defineProperty(fs, name, { value: constants[name], enumerable: true });
}

fs.realpathSync.native = fs.realpathSync;
fs.realpath.native = fs.realpath;
fs.promises = promises;
promises.constants = constants;

module.exports = fs;
