class P { toString() { return 'P!'; } }
class Q {}
console.log('%s|%s|%s', new P(), new Q(), [1, 2, 3]);
console.log('%s', new Map([[1, { a: { b: 1 } }]]));
console.log('%s', new Error('e').message);
console.log('%d|%d|%d', [5], {}, '12px');
console.log('%i|%i|%f|%f', '0x10', 1e21, '1.5e3x', 'abc');
const circ = {}; circ.me = circ;
console.log('%j|%j', circ, undefined);
console.log('%o', [1, { a: { b: { c: { d: { e: 1 } } } } }]);
console.log('%s %o', 'str');
console.log('%%s %s', 'a');
console.log('a%', 1);
console.log('%s', null, undefined, true);
