// console.log formatting of nested values, like node's util.inspect.
console.log({ a: 1, b: 'two', c: [1, 2, 3], d: { e: { f: { g: 1 } } } });
console.log([1, 'a', null, undefined, true, -0, NaN]);
console.log([[1, [2, [3, [4]]]]], { nested: { arr: [{ x: 1 }] } });
console.log('%s is %d years and %i, %f, %j %%', 'Bob', 42.5, 42.5, '1.5', { a: 1 }, 'extra');
console.log([1, , 3], [, , ,], { 'key with space': 1, valid_id: 2, 3: 'three' });
console.log(function named() {}, () => {}, class Foo {}, Symbol('sym'), [Symbol.iterator]);
console.log(new Map([['k', { v: 1 }]]), new Set(['a', 'b']), new Map(), new Set());
console.log(Array.from({ length: 30 }, (_, i) => i * 3));
console.log(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew']);
const circ = { name: 'c' };
circ.me = circ;
console.log(circ, [circ]);
console.log(Object.create(null), new (class Empty {})(), [new Error('in array').message]);
console.log({ s: 'it\'s', t: "say \"hi\"", u: 'line\nbreak' });
console.log('x'.repeat(100).length, { long: 'y'.repeat(60), other: 'z'.repeat(10) });
