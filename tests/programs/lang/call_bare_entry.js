// Plain calls to small functions: those with nothing to bind but their
// parameters, and those that also bind TDZ locals, `this`, their own name,
// a rest parameter or hoisted functions, each called more than once.

// Parameters only, with fewer and more arguments than parameters.
function pair(a, b) {
  return [a, b];
}
console.log(pair(1), pair(1, 2), pair(1, 2, 3), pair());
const arrow = (x) => x * 2;
console.log([1, 2, 3].map(arrow), arrow());

// A `let` or `const` at the top is in its TDZ on every call, not only the first.
function early(read) {
  if (read) {
    try {
      return y;
    } catch (e) {
      return e.constructor.name + ': ' + e.message;
    }
  }
  let y = 'set';
  return y;
}
console.log(early(false), early(true), early(false), early(true));
function constFirst(n) {
  const twice = n * 2;
  let y = twice;
  if (y > 1) y = 2;
  return y + twice;
}
console.log(constFirst(0), constFirst(1), constFirst(5));

// Own name, rest parameter, hoisted function and captured parameter.
const fact = function self(n) {
  return n <= 1 ? 1 : n * self(n - 1);
};
console.log(fact(5), fact(1));
function rest(first, ...more) {
  return first + ':' + more.length;
}
console.log(rest(1), rest(1, 2, 3));
function hoisted(n) {
  return inner(n);
  function inner(k) {
    return k + 1;
  }
}
console.log(hoisted(1), hoisted(2));
function counter(start) {
  return () => start++;
}
const c = counter(3);
console.log(c(), c(), counter(10)());

// `this` in strict functions is left as passed.
function strictThis() {
  'use strict';
  return this;
}
console.log(strictThis(), strictThis.call(5), typeof strictThis.call('s'));
