// `assert`: the assertions of SUBSET.md and node's AssertionError, with its
// messages for the common cases (after node's lib/assert.js and
// lib/internal/assert/assertion_error.js). Object differences are shown as a
// line diff of both values printed one property per line.
'use strict';

const binding = require('internal/binding');
const { invalidArgType, validateFunction } = require('internal/errors');
const { isDeepEqual, isDeepStrictEqual } = require('internal/comparisons');

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values identical but not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Values printed one property per line (node's `compact: false`), so two
// values can be compared line by line.
function inspectLines(value, indent = '', seen = []) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    return binding.inspect(value);
  }
  if (typeof value === 'function' || seen.includes(value)) return binding.inspect(value);
  const inner = indent + '  ';
  const parts = [];
  seen.push(value);
  const isArray = Array.isArray(value);
  if (isArray) for (const v of value) parts.push(inner + inspectLines(v, inner, seen));
  const keys = isArray ? Object.keys(value).filter((k) => !(String(k >>> 0) === k)) : Object.keys(value);
  for (const key of keys) {
    const name = binding.inspect({ [key]: 0 }).slice(2, -5);
    parts.push(inner + name + ': ' + inspectLines(value[key], inner, seen));
  }
  seen.pop();
  const ctor = Object.getPrototypeOf(value);
  const ctorName = ctor && ctor.constructor ? ctor.constructor.name : '';
  let prefix = '';
  if (isArray) {
    if (ctorName !== 'Array') prefix = ctorName + '(' + value.length + ') ';
  } else if (ctor === null) {
    prefix = '[Object: null prototype] ';
  } else if (ctorName !== 'Object') {
    prefix = ctorName + ' ';
  }
  if (!isArray && (value instanceof Map || value instanceof Set || value instanceof Error)) {
    return binding.inspect(value);
  }
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  if (parts.length === 0) return prefix + open + close;
  return prefix + open + '\n' + parts.join(',\n') + '\n' + indent + close;
}

// The longest common subsequence of two line lists, as a diff: each entry is
// [' ', line], ['+', actualLine] or ['-', expectedLine].
function diffLines(actual, expected) {
  const n = actual.length;
  const m = expected.length;
  const lcs = [];
  for (let i = 0; i <= n; i++) lcs.push(new Array(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = actual[i] === expected[j]
        ? lcs[i + 1][j + 1] + 1
        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && actual[i] === expected[j]) {
      out.push(['  ', actual[i++]]);
      j++;
      continue;
    }
    // A changed stretch: node lists the actual lines, then the expected ones.
    const added = [];
    const removed = [];
    while (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1]) && !(j < m && actual[i] === expected[j])) {
      added.push(['+ ', actual[i++]]);
    }
    while (j < m && !(i < n && actual[i] === expected[j])) removed.push(['- ', expected[j++]]);
    out.push(...added, ...removed);
  }
  return out;
}

function createErrDiff(actual, expected, operator) {
  const actualLines = inspectLines(actual).split('\n');
  const expectedLines = inspectLines(expected).split('\n');
  const header = kReadableOperator[operator];
  if (
    actualLines.length === 1 &&
    expectedLines.length === 1 &&
    actualLines[0] !== expectedLines[0] &&
    actualLines[0].length + expectedLines[0].length <= 12 &&
    ((typeof actual !== 'object' || actual === null) &&
      (typeof expected !== 'object' || expected === null))
  ) {
    return header + '\n\n' + actualLines[0] + ' !== ' + expectedLines[0] + '\n';
  }
  const body = diffLines(actualLines, expectedLines).map(([mark, line]) => mark + line);
  return header + '\n+ actual - expected\n\n' + body.join('\n');
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw invalidArgType('options', 'object', options);
    }
    const { message, operator, stackStartFn, details } = options;
    let { actual, expected } = options;
    if (message != null) {
      if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        super(String(message) + '\n\n' + shortPair(actual, expected, operator));
      } else {
        super(String(message));
      }
    } else if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      super(strictMessage(actual, expected, operator));
    } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
      let base = kReadableOperator[operator];
      const lines = inspectLines(actual).split('\n');
      if (operator === 'notStrictEqual' && typeof actual === 'object' && actual !== null) {
        base = kReadableOperator.notStrictEqualObject;
      }
      if (lines.length === 1) super(base + ' ' + lines[0]);
      else super(base + '\n\n' + lines.join('\n') + '\n');
    } else {
      let res = inspectLines(actual);
      let other = inspectLines(expected);
      const knownOperator = kReadableOperator[operator];
      if (operator === 'notDeepEqual' && res === other) {
        res = knownOperator + '\n\n' + res;
        if (res.length > 1024) res = res.slice(0, 1021) + '...';
        super(res);
      } else if (knownOperator !== undefined && operator === 'deepEqual') {
        super(knownOperator + '\n\n' + res + '\n\nshould loosely deep-equal\n\n' + other);
      } else {
        super(res + ' ' + operator + ' ' + other);
      }
    }
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    void stackStartFn;
    void this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return this.name + ' [' + this.code + ']: ' + this.message;
  }
}

function shortPair(actual, expected, operator) {
  const full = createErrDiff(actual, expected, operator);
  return full.slice(full.indexOf('\n\n') + 2);
}

function strictMessage(actual, expected, operator) {
  if (
    operator === 'strictEqual' &&
    typeof actual === 'object' && actual !== null &&
    typeof expected === 'object' && expected !== null
  ) {
    const text = inspectLines(actual);
    if (text === inspectLines(expected)) {
      return 'Values have same structure but are not reference-equal:\n\n' + text + '\n';
    }
    return createErrDiff(actual, expected, 'strictEqualObject');
  }
  return createErrDiff(actual, expected, operator);
}

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

// The source text of the `assert(...)` call that failed, read from the
// caller's file as node does, for "The expression evaluated to a falsy value".
function callSource() {
  const frames = String(new Error().stack).split('\n').slice(1);
  for (const frame of frames) {
    if (frame.includes('node:')) continue;
    const open = frame.lastIndexOf('(');
    const location = open === -1 ? frame.trim().slice(3) : frame.slice(open + 1, -1);
    const parts = location.split(':');
    if (parts.length < 3) return undefined;
    const column = Number(parts.pop());
    const line = Number(parts.pop());
    const text = binding.readFile(parts.join(':'));
    if (text === undefined) return undefined;
    const source = text.split('\n').slice(line - 1).join('\n');
    return extractCall(source, column - 1);
  }
  return undefined;
}

// From the start of a call, the text up to its balanced closing parenthesis.
function extractCall(source, start) {
  // The column may point at the method name (`ok` in `assert.ok(x)`): step
  // back over the member expression to where the call starts.
  const isNamePart = (c) => c === '.' || c === '_' || c === '$' ||
    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  while (start > 0 && isNamePart(source[start - 1])) start--;
  let depth = 0;
  let quote = '';
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') {
      quote = c;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0) return source.slice(start, i + 1);
    }
  }
  return undefined;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    const call = callSource();
    message = call === undefined
      ? 'The expression evaluated to a falsy value:\n\n  ' + fn.name + '(' + binding.inspect(value) + ')\n'
      : 'The expression evaluated to a falsy value:\n\n  ' + call.split('\n').join('\n  ') + '\n';
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==' });
  err.generatedMessage = generatedMessage;
  throw err;
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = function ok(...args) {
  innerOk(assert, args.length, ...args);
};

assert.ok = ok;
assert.AssertionError = AssertionError;

assert.fail = function fail(message) {
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    message: message === undefined ? 'Failed' : message,
    operator: 'fail',
  });
  err.generatedMessage = message === undefined;
  throw err;
};

assert.equal = function equal(actual, expected, message) {
  // eslint-disable-next-line eqeqeq
  if (!(actual == expected || (Number.isNaN(actual) && Number.isNaN(expected)))) {
    innerFail({ actual, expected, message, operator: '==' });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=' });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual' });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notStrictEqual' });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual' });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual' });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual' });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepStrictEqual' });
  }
};

const NO_EXCEPTION = Symbol('no exception');

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

// Checks a thrown value against what `throws`/`rejects` expected: a regular
// expression its text must match, a class, a validation function, or an
// object whose properties must match.
function expectedException(actual, expected, message, fn) {
  if (expected instanceof RegExp) {
    const text = String(actual);
    if (RegExp.prototype.exec.call(expected, text) !== null) return;
    const generatedMessage = !message;
    if (generatedMessage) {
      message = 'The input did not match the regular expression ' + binding.inspect(expected) +
        '. Input:\n\n' + binding.inspect(text) + '\n';
    }
    const err = new AssertionError({ actual, expected, message, operator: fn.name });
    err.generatedMessage = generatedMessage;
    throw err;
  }
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && actual instanceof expected) return;
    if (Error.isPrototypeOf(expected) || expected === Error) {
      if (message === undefined) {
        const actualName = actual && actual.constructor ? actual.constructor.name : typeof actual;
        message = 'The error is expected to be an instance of "' + expected.name +
          '". Received "' + actualName + '"';
        if (actual && actual.message !== undefined) {
          message += '\n\nError message:\n\n' + actual.message;
        }
      }
      const err = new AssertionError({ actual, expected, message, operator: fn.name });
      err.generatedMessage = true;
      throw err;
    }
    const res = expected.call({}, actual);
    if (res !== true) {
      if (message === undefined) {
        message = 'The ' + (expected.name ? '"' + expected.name + '" validation function' : 'validation function') +
          ' is expected to return "true". Received ' + binding.inspect(res);
        if (actual instanceof Error) message += '\n\nCaught error:\n\n' + actual;
      }
      const err = new AssertionError({ actual, expected, message, operator: fn.name });
      err.generatedMessage = true;
      throw err;
    }
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    const keys = Object.keys(expected);
    if (expected instanceof Error) keys.push('name', 'message');
    for (const key of keys) {
      if (
        actual === null || typeof actual !== 'object' ||
        !isDeepStrictEqual(actual[key], expected[key])
      ) {
        const a = {};
        const b = {};
        for (const k of keys) {
          if (actual !== null && typeof actual === 'object' && k in actual) a[k] = actual[k];
          b[k] = expected[k];
        }
        Object.setPrototypeOf(a, Comparison.prototype);
        Object.setPrototypeOf(b, Comparison.prototype);
        const err = new AssertionError({
          actual: a,
          expected: b,
          message,
          operator: 'deepStrictEqual',
        });
        err.actual = actual;
        err.expected = expected;
        err.operator = fn.name;
        throw err;
      }
    }
    return;
  }
  throw invalidArgType('expected', 'a function or an object', expected);
}

class Comparison {}

function expectsError(fn, actual, expected, message) {
  if (typeof expected === 'string') {
    message = expected;
    expected = undefined;
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (expected && expected.name) details += ' (' + expected.name + ')';
    details += message ? ': ' + message : '.';
    const fnType = fn === assert.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected,
      operator: fn.name,
      message: 'Missing expected ' + fnType + details,
    });
  }
  if (expected !== undefined) expectedException(actual, expected, message, fn);
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
};

assert.doesNotThrow = function doesNotThrow(fn, message) {
  const actual = getActual(fn);
  if (actual === NO_EXCEPTION) return;
  const details = typeof message === 'string' ? ': ' + message : '.';
  innerFail({
    actual,
    expected: undefined,
    operator: 'doesNotThrow',
    message: 'Got unwanted exception' + details + '\nActual message: "' + (actual && actual.message) + '"',
  });
};

assert.rejects = async function rejects(promiseFn, ...args) {
  let actual = NO_EXCEPTION;
  try {
    await (typeof promiseFn === 'function' ? promiseFn() : promiseFn);
  } catch (e) {
    actual = e;
  }
  expectsError(rejects, actual, ...args);
};

assert.ifError = function ifError(err) {
  if (err !== null && err !== undefined) {
    let message = 'ifError got unwanted exception: ';
    message += typeof err === 'object' && typeof err.message === 'string'
      ? (err.message.length === 0 && err.constructor ? err.constructor.name : err.message)
      : binding.inspect(err);
    const e = new AssertionError({ actual: err, expected: null, operator: 'ifError', message });
    e.generatedMessage = false;
    throw e;
  }
};

assert.strict = assert;

module.exports = assert;
