// Errors with node's `code` property and stack header (`TypeError
// [ERR_INVALID_ARG_TYPE]: message`), shared by the core modules, after node's
// lib/internal/errors.js.
'use strict';

const binding = require('internal/binding');

function codedError(Base, code, message) {
  const err = new Base(message);
  // The stack header is computed on first read, so this name shows there
  // and nowhere else, as in node.
  err.name = err.name + ' [' + code + ']';
  void err.stack;
  delete err.name;
  err.code = code;
  return err;
}

// How node describes a wrong argument: `type number (1)`, `an instance of Foo`.
function describeReceived(value) {
  if (value == null) return 'Received ' + value;
  if (typeof value === 'function' && value.name) {
    return 'Received function ' + value.name;
  }
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) {
      return 'Received an instance of ' + value.constructor.name;
    }
    return 'Received ' + binding.inspect(value);
  }
  let inspected = binding.inspect(value);
  if (inspected.length > 28) inspected = inspected.slice(0, 25) + '...';
  return 'Received type ' + typeof value + ' (' + inspected + ')';
}

function invalidArgType(name, expected, actual) {
  // Node says "property" for a dotted name (`superCtor.prototype`).
  const what = 'The "' + name + '" ' + (name.includes('.') ? 'property' : 'argument');
  const kind = expected === 'object' || expected === 'function' || expected === 'string' ||
    expected === 'number' || expected === 'boolean'
    ? 'of type ' + expected
    : expected;
  return codedError(
    TypeError,
    'ERR_INVALID_ARG_TYPE',
    what + ' must be ' + kind + '. ' + describeReceived(actual)
  );
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'function', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object') throw invalidArgType(name, 'object', value);
}

// Warnings go through `process.emitWarning` (bootstrap.js): a 'warning'
// event on the next tick, which node's own listener prints to stderr.
function emitWarning(warning, type, code) {
  process.emitWarning(warning, type, code);
}

module.exports = {
  codedError,
  describeReceived,
  invalidArgType,
  validateString,
  validateFunction,
  validateObject,
  emitWarning,
};
