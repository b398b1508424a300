// assert.throws and assert.rejects with a regular expression: the thrown
// value's text must match it.
const assert = require('assert');
const show = (e) => console.log(e.name, e.code, e.generatedMessage, JSON.stringify(e.message), e.operator);

assert.throws(() => { throw new Error('abc'); }, /abc/);
assert.throws(() => { throw 'plain string xyz'; }, /xyz/);
console.log('matching ones pass');
try {
  assert.throws(() => { throw new Error('abc'); }, /xyz/);
} catch (e) {
  show(e);
}
try {
  assert.throws(() => { throw new TypeError('abc'); }, /^Error/, 'custom message');
} catch (e) {
  show(e);
}
try {
  assert.throws(() => {}, /abc/);
} catch (e) {
  show(e);
}
assert.rejects(Promise.reject(new Error('abc')), /xyz/).catch(show);
assert.rejects(Promise.reject(new RangeError('out')), /RangeError: out/).then(() => console.log('rejects matched'));
