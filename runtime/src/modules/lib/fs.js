// `fs`: files, after node's lib/fs.js. Every operation exists in three forms:
// `*Sync` (runs on the script's thread and throws), callback (runs on the
// thread pool; the callback gets `(err, result)` on the loop thread) and
// `fs.promises`. The work is done natively (`binding.fsSync`/`fsAsync`); this
// file checks arguments, reads options and shapes results (Stats, Dirent).
//
// Limits, until Buffer lands: file contents are text. Only the 'utf8' encoding
// is supported, and where node would hand back a Buffer (no encoding given)
// this module returns the UTF-8 decoded string instead; data to write must be
// a string. File descriptors (open/read/write/close) and streams are not here yet.
'use strict';

const binding = require('internal/binding');
const { codedError, invalidArgType, validateFunction } = require('internal/errors');

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

const constants = {
  F_OK: 0,
  R_OK: 4,
  W_OK: 2,
  X_OK: 1,
  COPYFILE_EXCL: 1,
  COPYFILE_FICLONE: 2,
  COPYFILE_FICLONE_FORCE: 4,
  S_IFMT: 0o170000,
  S_IFREG: 0o100000,
  S_IFDIR: 0o040000,
  S_IFCHR: 0o020000,
  S_IFBLK: 0o060000,
  S_IFIFO: 0o010000,
  S_IFLNK: 0o120000,
  S_IFSOCK: 0o140000,
};

// ---------------------------------------------------------------------------
// Arguments and options
// ---------------------------------------------------------------------------

function checkPath(path, name) {
  if (typeof path !== 'string') {
    throw invalidArgType(name || 'path', 'of type string or an instance of Buffer or URL', path);
  }
  return path;
}

const KNOWN_ENCODINGS = ['ascii', 'latin1', 'binary', 'hex', 'base64', 'base64url',
  'ucs2', 'ucs-2', 'utf16le', 'utf-16le'];

// The encoding asked for: 'utf8', or undefined where node would give a Buffer.
function getEncoding(options) {
  let encoding = options;
  if (options !== null && typeof options === 'object') encoding = options.encoding;
  if (encoding === undefined || encoding === null || encoding === 'buffer') return undefined;
  const lower = String(encoding).toLowerCase();
  if (lower === 'utf8' || lower === 'utf-8') return 'utf8';
  if (KNOWN_ENCODINGS.includes(lower)) {
    throw new Error("nodelet: the '" + encoding + "' encoding is not supported yet (only 'utf8')");
  }
  throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
    "The argument 'encoding' is invalid encoding. Received " + binding.inspect(encoding));
}

function getFlag(options, fallback) {
  if (options !== null && typeof options === 'object' && options.flag !== undefined) {
    return String(options.flag);
  }
  return fallback;
}

function getData(data) {
  if (typeof data !== 'string') {
    throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  return data;
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

class Dirent {
  #type;
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this.#type = type;
  }
  isFile() { return this.#type === DIRENT_FILE; }
  isDirectory() { return this.#type === DIRENT_DIR; }
  isSymbolicLink() { return this.#type === DIRENT_LINK; }
  isFIFO() { return this.#type === DIRENT_FIFO; }
  isSocket() { return this.#type === DIRENT_SOCKET; }
  isCharacterDevice() { return this.#type === DIRENT_CHAR; }
  isBlockDevice() { return this.#type === DIRENT_BLOCK; }
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
// The operations, each described once: how to turn the public arguments into
// the native operands, and how to shape the native result.
// ---------------------------------------------------------------------------

const same = (x) => x;

const ops = {
  readFile(path, options) {
    checkPath(path);
    getEncoding(options);
    return { op: 'readFile', args: [path], shape: same };
  },
  writeFile(path, data, options) {
    checkPath(path);
    getEncoding(options);
    return { op: 'writeFile', args: [path, getData(data), getFlag(options, 'w')], shape: () => undefined };
  },
  appendFile(path, data, options) {
    checkPath(path);
    getEncoding(options);
    return { op: 'writeFile', args: [path, getData(data), getFlag(options, 'a')], shape: () => undefined };
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

function runSync(req) {
  const a = req.args;
  return req.shape(binding.fsSync(req.op, a[0], a[1], a[2]));
}

function runCallback(req, callback) {
  const a = req.args;
  binding.fsAsync(req.op, a[0], a[1], a[2], (err, result) => {
    if (err) callback(err);
    else callback(null, req.shape(result));
  });
}

function runPromise(req) {
  const a = req.args;
  const promise = binding.fsAsync(req.op, a[0], a[1], a[2], undefined);
  return req.shape === same ? promise : promise.then(req.shape);
}

// How many leading arguments each operation takes before its callback (the
// rest are optional, so the callback is the last function given).
const ARITY = {
  readFile: 2, writeFile: 3, appendFile: 3, stat: 2, lstat: 2, mkdir: 2, readdir: 2,
  unlink: 1, rmdir: 2, rm: 2, rename: 2, mkdtemp: 2, realpath: 2, copyFile: 3, access: 2,
};

// Operations whose last argument before the callback is not optional.
const REQUIRED_LAST = ['unlink', 'rename'];

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
        callback = args[arity - 1];
        args[arity - 1] = undefined;
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

fs.realpathSync.native = fs.realpathSync;
fs.realpath.native = fs.realpath;
fs.promises = promises;
promises.constants = constants;

module.exports = fs;
