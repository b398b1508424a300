// util: format, inherits, promisify, isDeepStrictEqual, types.
const util = require('util');
console.log(util === require('node:util'));
console.log(util.format('%s:%d:%i:%f:%j %%', 'a', 1.5, 2.7, '3.5', { x: 1 }));
console.log(util.format('%s', 'a', 'extra', 3), util.format(1, 2), util.format('no args %s'));
console.log(util.inspect({ a: [1, { b: 2 }], s: 'str' }));

function Animal(name) {
  this.name = name;
}
Animal.prototype.speak = function () {
  return this.name + ' makes a sound';
};
function Dog(name) {
  Animal.call(this, name);
}
util.inherits(Dog, Animal);
const rex = new Dog('Rex');
console.log(rex.speak(), rex instanceof Animal, Dog.super_ === Animal);
try {
  util.inherits(Dog, {});
} catch (e) {
  console.log(e.code, e.message);
}

console.log(util.isDeepStrictEqual({ a: [1, 2], m: new Map([[1, 2]]) }, { a: [1, 2], m: new Map([[1, 2]]) }));
console.log(util.isDeepStrictEqual({ a: 1 }, { a: '1' }), util.isDeepStrictEqual([1, 2], [1, 2, 3]));
console.log(util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0));

console.log(util.types.isPromise(Promise.resolve()), util.types.isMap(new Map()), util.types.isSet([]));
console.log(util.types.isNativeError(new RangeError('x')), util.types.isDate({}));

function legacy(a, b, cb) {
  setTimeout(() => (a < 0 ? cb(new Error('negative')) : cb(null, a + b)), 1);
}
const modern = util.promisify(legacy);
modern(1, 2).then((sum) => console.log('promisified sum', sum));
modern(-1, 2).catch((err) => console.log('promisified error', err.message));
try {
  util.promisify(42);
} catch (e) {
  console.log(e.code, e.message);
}
