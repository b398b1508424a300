// assert: passing assertions stay quiet; failures carry node's messages.
const assert = require('assert');
console.log(assert === require('node:assert'), typeof assert.AssertionError);
assert(true);
assert.ok(1);
assert.equal(1, '1');
assert.strictEqual(NaN, NaN);
assert.deepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] });
assert.deepEqual({ a: 1 }, { a: '1' });
assert.notStrictEqual(1, 2);
assert.throws(() => {
  throw new TypeError('x');
}, TypeError);

function check(f) {
  try {
    f();
    console.log('no throw');
  } catch (e) {
    console.log(JSON.stringify(e.message), e.name, e.code, e.generatedMessage, e.operator);
  }
}
check(() => assert.strictEqual(1, 2));
check(() => assert.strictEqual('a', 'b'));
check(() => assert.strictEqual(1, 2, 'custom'));
check(() => assert.equal(1, 2));
check(() => assert.notEqual(1, 1));
check(() => assert.notStrictEqual(1, 1));
check(() => assert.ok(0));
check(() => assert(false));
check(() => assert.ok(1 === 2, 'msg'));
check(() => assert.ok());
check(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }));
check(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
check(() => assert.deepEqual({ a: 1 }, { a: 2 }));
check(() => assert.deepStrictEqual(1, 2));
check(() => assert.throws(() => {}));
check(() => assert.throws(() => {}, TypeError));
check(() => assert.throws(() => {
  throw new Error('x');
}, TypeError));
check(() => assert.throws(() => {
  throw new TypeError('x');
}, { message: 'y' }));
check(() => assert.fail());
check(() => assert.fail('boom'));
check(() => assert.strictEqual({ a: 1 }, { a: 1 }));
check(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
const err = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(err instanceof Error, err.name, String(err).split('\n')[0]);
