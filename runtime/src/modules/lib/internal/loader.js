// The CommonJS loader, after node's lib/internal/modules/cjs/loader.js: the
// `Module` class, resolution (relative and absolute paths, extensions, folders
// with package.json "main" or index.js, node_modules up the tree), the require
// cache, circular requires (a module still loading hands out its partial
// exports), and core modules. It runs once, before the main script, as a module
// whose `require` parameter is the native binding.
'use strict';

const binding = require;

// Core modules: compiled on first use, cached here, never in `require.cache`.
const builtinExports = new Map();
const builtinIds = binding.builtinIds.slice();

function loadBuiltin(id) {
  if (builtinExports.has(id)) return builtinExports.get(id);
  const source = binding.coreSource(id);
  const filename = 'node:' + id;
  const wrapper = binding.compile(source, filename);
  const mod = { exports: {}, id };
  // Set before running, so core modules may require each other in a cycle.
  builtinExports.set(id, mod.exports);
  wrapper.call(mod.exports, mod.exports, internalRequire, mod, filename, '');
  builtinExports.set(id, mod.exports);
  return mod.exports;
}

// What core modules see as `require`: other core modules and the binding.
function internalRequire(id) {
  if (id === 'internal/binding') return binding;
  return loadBuiltin(id);
}

const path = loadBuiltin('path');
const { codedError } = loadBuiltin('internal/errors');

function isBuiltin(id) {
  const name = id.startsWith('node:') ? id.slice(5) : id;
  return builtinIds.includes(name);
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  moduleParents.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

// Who first required each module (node's `moduleParentCache`), for the
// "Require stack" of MODULE_NOT_FOUND.
const moduleParents = new Map();

function updateChildren(parent, child, scan) {
  const children = parent && parent.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.builtinModules = builtinIds.slice();
Module.isBuiltin = isBuiltin;
Module.wrapper = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
];
Module.wrap = function wrap(script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};

Object.defineProperty(Module.prototype, 'parent', {
  get() {
    return moduleParents.get(this);
  },
  configurable: true,
});

// Module._nodeModulePaths('/a/b') is ['/a/b/node_modules', '/a/node_modules',
// '/node_modules'], skipping folders that are themselves named node_modules.
Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  let last = from.length;
  for (let i = from.length - 1, p = 0; i >= 0; --i) {
    const code = from.charCodeAt(i);
    if (code === 47) {
      if (p !== 'node_modules'.length) paths.push(from.slice(0, last) + '/node_modules');
      last = i;
      p = 0;
    } else if (p !== -1) {
      if ('node_modules'.charCodeAt('node_modules'.length - 1 - p) === code) ++p;
      else p = -1;
    }
  }
  paths.push('/node_modules');
  return paths;
};

// Folders searched for a bare name after node_modules: node's global folders.
function globalPaths() {
  const home = binding.env('HOME');
  const paths = [];
  if (home) {
    paths.push(path.resolve(home, '.node_modules'));
    paths.push(path.resolve(home, '.node_libraries'));
  }
  return paths;
}

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (isBuiltin(request)) return null;
  const first = request.charCodeAt(0);
  const relative =
    request === '.' ||
    request === '..' ||
    request.startsWith('./') ||
    request.startsWith('../');
  if (!relative || first !== 46) {
    let paths;
    if (parent && parent.paths && parent.paths.length) {
      paths = parent.paths.concat(globalPaths());
    } else {
      paths = globalPaths();
    }
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function tryFile(requestPath) {
  if (binding.stat(requestPath) !== 0) return false;
  return binding.realpath(requestPath);
}

function tryExtensions(basePath, exts) {
  for (let i = 0; i < exts.length; i++) {
    const filename = tryFile(basePath + exts[i]);
    if (filename) return filename;
  }
  return false;
}

const packageJsonCache = new Map();

function readPackage(dir) {
  const jsonPath = path.resolve(dir, 'package.json');
  if (packageJsonCache.has(jsonPath)) return packageJsonCache.get(jsonPath);
  const text = binding.stat(jsonPath) === 0 ? binding.readFile(jsonPath) : undefined;
  let result = false;
  if (text !== undefined) {
    try {
      const parsed = JSON.parse(text);
      result = { main: parsed.main, path: jsonPath };
    } catch (e) {
      e.path = jsonPath;
      e.message = 'Error parsing ' + jsonPath + ': ' + e.message;
      throw e;
    }
  }
  packageJsonCache.set(jsonPath, result);
  return result;
}

function tryPackage(requestPath, exts, originalPath) {
  const pkg = readPackage(requestPath);
  const main = pkg && typeof pkg.main === 'string' ? pkg.main : undefined;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts);
  const filename = path.resolve(requestPath, main);
  const actual =
    tryFile(filename) ||
    tryExtensions(filename, exts) ||
    tryExtensions(path.resolve(filename, 'index'), exts);
  if (actual === false) {
    const index = tryExtensions(path.resolve(requestPath, 'index'), exts);
    if (!index) {
      const err = new Error(
        "Cannot find module '" + filename + "'. " +
          'Please verify that the package.json has a valid "main" entry'
      );
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
    return index;
  }
  return actual;
}

Module._findPath = function _findPath(request, paths) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) paths = [''];
  else if (!paths || paths.length === 0) return false;
  const cacheKey = request + '\x00' + paths.join('\x00');
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;
  const exts = Object.keys(Module._extensions);
  let trailingSlash =
    request.length > 0 &&
    (request.charCodeAt(request.length - 1) === 47 ||
      request === '.' ||
      request === '..' ||
      request.endsWith('/.') ||
      request.endsWith('/..'));
  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    if (curPath && binding.stat(curPath) < 1) continue;
    const basePath = path.resolve(curPath, request);
    const rc = binding.stat(basePath);
    let filename;
    if (!trailingSlash) {
      if (rc === 0) filename = binding.realpath(basePath);
      if (!filename) filename = tryExtensions(basePath, exts);
    }
    if (!filename && rc === 1) filename = tryPackage(basePath, exts, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (isBuiltin(request)) return request;
  if (request.startsWith('node:')) throw unknownBuiltin(request);
  let paths;
  if (options && options.paths) {
    paths = [];
    for (const p of options.paths) {
      const lookup = Module._resolveLookupPaths(request, new Module(path.resolve(p, 'x'), null));
      const dirs = request.startsWith('.') ? [p] : Module._nodeModulePaths(p).concat(lookup || []);
      for (const d of dirs) if (!paths.includes(d)) paths.push(d);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParents.get(cursor)) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = "Cannot find module '" + request + "'";
  if (requireStack.length > 0) {
    message = message + '\nRequire stack:\n- ' + requireStack.join('\n- ');
  }
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

function unknownBuiltin(request) {
  return codedError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: ' + request);
}

Module._load = function _load(request, parent, isMain) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!builtinIds.includes(id)) throw unknownBuiltin(request);
    return loadBuiltin(id);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    // A module still loading is part of a cycle: hand out what it has so far.
    return cachedModule.exports;
  }
  if (builtinIds.includes(filename)) return loadBuiltin(filename);
  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    mainModule = module;
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      const children = parent && parent.children;
      if (Array.isArray(children)) {
        const index = children.indexOf(module);
        if (index !== -1) children.splice(index, 1);
      }
    }
  }
  return module.exports;
};

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  let extension = path.extname(filename);
  if (extension === '' || !Module._extensions[extension]) extension = '.js';
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  if (typeof id !== 'string') {
    throw codedError(
      TypeError,
      'ERR_INVALID_ARG_TYPE',
      'The "id" argument must be of type string. Received ' + describeType(id)
    );
  }
  if (id === '') {
    throw codedError(
      TypeError,
      'ERR_INVALID_ARG_VALUE',
      "The argument 'id' must be a non-empty string. Received ''"
    );
  }
  return Module._load(id, this, false);
};

function describeType(value) {
  if (value == null) return '' + value;
  if (typeof value === 'function' && value.name) return 'function ' + value.name;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) {
      return 'an instance of ' + value.constructor.name;
    }
    return binding.inspect(value);
  }
  let inspected = binding.inspect(value);
  if (inspected.length > 28) inspected = inspected.slice(0, 25) + '...';
  return 'type ' + typeof value + ' (' + inspected + ')';
}

Module.prototype._compile = function _compile(content, filename) {
  const wrapper = binding.compile(content, filename);
  const require = makeRequireFunction(this);
  const dirname = path.dirname(filename);
  return wrapper.call(this.exports, this.exports, require, this, filename, dirname);
};

function readSource(filename) {
  const content = binding.readFile(filename);
  if (content === undefined) {
    const err = new Error("ENOENT: no such file or directory, open '" + filename + "'");
    err.code = 'ENOENT';
    throw err;
  }
  return content;
}

Module._extensions['.js'] = function js(module, filename) {
  module._compile(readSource(filename), filename);
};

Module._extensions['.json'] = function json(module, filename) {
  const content = readSource(filename);
  try {
    const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
    module.exports = JSON.parse(text);
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module._extensions['.node'] = function node(module, filename) {
  throw new Error('nodelet cannot load native addons: ' + filename);
};

let mainModule;

function makeRequireFunction(mod) {
  const require = function require(id) {
    return mod.require(id);
  };
  function resolve(request, options) {
    if (typeof request !== 'string') {
      throw codedError(
        TypeError,
        'ERR_INVALID_ARG_TYPE',
        'The "request" argument must be of type string. Received ' + describeType(request)
      );
    }
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  require.main = mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  const m = new Module(filename, null);
  m.filename = filename;
  m.paths = Module._nodeModulePaths(path.dirname(filename));
  return makeRequireFunction(m);
};

Module.Module = Module;

// The host calls this once with the main script's path; the main script then
// runs as this module, through the interpreter, not through `_compile`.
exports.setupMain = function setupMain(filename) {
  const module = new Module('.', undefined);
  module.filename = filename;
  module.path = path.dirname(filename);
  module.paths = Module._nodeModulePaths(module.path);
  mainModule = module;
  Module._cache[filename] = module;
  const require = makeRequireFunction(module);
  return { module, require };
};

exports.Module = Module;
builtinExports.set('module', Module);

// For the host's own scripts that run beside the core modules (process.rs's
// bootstrap): the `require` core modules see.
exports.internalRequire = internalRequire;
