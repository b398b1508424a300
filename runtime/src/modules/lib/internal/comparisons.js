// Deep equality as node's lib/internal/util/comparisons.js decides it, for
// `assert.deepEqual` (loose), `assert.deepStrictEqual` and
// `util.isDeepStrictEqual` (strict). Strict mode compares primitives with
// Object.is and also prototypes and type tags; loose mode uses `==` for
// primitives. Cycles are handled by remembering the pairs being compared.
'use strict';

const objectToString = (v) => Object.prototype.toString.call(v);

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, false, []);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, true, []);
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || Object.is(a, b) || !strict;
  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  const tag = objectToString(a);
  if (tag !== objectToString(b)) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
  } else if (tag === '[object Date]') {
    if (a.getTime() !== b.getTime()) return false;
  } else if (tag === '[object RegExp]') {
    if (String(a) !== String(b) || a.lastIndex !== b.lastIndex) return false;
  } else if (a instanceof Error || b instanceof Error) {
    if (!(a instanceof Error && b instanceof Error) || a.message !== b.message || a.name !== b.name) {
      return false;
    }
  } else if (
    tag === '[object Number]' ||
    tag === '[object String]' ||
    tag === '[object Boolean]'
  ) {
    if (!Object.is(a.valueOf(), b.valueOf())) return false;
  }
  for (const [x, y] of memos) {
    if (x === a && y === b) return true;
  }
  memos.push([a, b]);
  const result = compareContents(a, b, tag, strict, memos);
  memos.pop();
  return result;
}

function ownKeys(o, strict) {
  const keys = Object.keys(o);
  if (strict) {
    for (const s of Object.getOwnPropertySymbols(o)) {
      if (Object.prototype.propertyIsEnumerable.call(o, s)) keys.push(s);
    }
  }
  return keys;
}

function compareContents(a, b, tag, strict, memos) {
  const aKeys = ownKeys(a, strict);
  const bKeys = ownKeys(b, strict);
  if (aKeys.length !== bKeys.length) return false;
  for (const key of aKeys) {
    if (!Object.prototype.propertyIsEnumerable.call(b, key)) return false;
  }
  if (tag === '[object Set]') {
    if (a.size !== b.size || !setEquiv(a, b, strict, memos)) return false;
  } else if (tag === '[object Map]') {
    if (a.size !== b.size || !mapEquiv(a, b, strict, memos)) return false;
  }
  for (const key of aKeys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

function setEquiv(a, b, strict, memos) {
  const unmatched = [];
  for (const v of b) unmatched.push(v);
  for (const v of a) {
    const i = unmatched.findIndex((w) => (typeof v === 'object' && v !== null) || !strict
      ? innerDeepEqual(v, w, strict, memos)
      : Object.is(v, w));
    if (i === -1) return false;
    unmatched.splice(i, 1);
  }
  return true;
}

function mapEquiv(a, b, strict, memos) {
  const unmatched = [];
  for (const entry of b) unmatched.push(entry);
  for (const [k, v] of a) {
    const i = unmatched.findIndex(([k2, v2]) =>
      innerDeepEqual(k, k2, strict, memos) && innerDeepEqual(v, v2, strict, memos));
    if (i === -1) return false;
    unmatched.splice(i, 1);
  }
  return true;
}

module.exports = { isDeepEqual, isDeepStrictEqual };
