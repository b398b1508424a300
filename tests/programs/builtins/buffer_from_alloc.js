// Making Buffers: from strings, arrays, array-likes and other Buffers; alloc
// with and without a fill; allocUnsafe; concat; byteLength; isBuffer.
console.log(Buffer.from('hi'), Buffer.from('héllo 😀'), Buffer.from(''));
console.log(Buffer.from([1, 2, 300, -1, '7', 1.7, NaN, 255]));
console.log(Buffer.from({ length: 3, 0: 5, 2: 9 }), Buffer.from({ length: 'x' }));
console.log(Buffer.from({ type: 'Buffer', data: [104, 105] }).toString());
console.log(Buffer.from(new String('boxed')).toString());
const original = Buffer.from('copy me');
const copy = Buffer.from(original);
copy[0] = 0x43;
console.log(original.toString(), copy.toString());

console.log(Buffer.alloc(4), Buffer.alloc(5, 'ab'), Buffer.alloc(5, ''), Buffer.alloc(3, 257));
console.log(Buffer.alloc(6, 'aGk=', 'base64'), Buffer.alloc(4, Buffer.from([1, 2, 3])), Buffer.alloc(1.5));
console.log(Buffer.allocUnsafe(3).length, Buffer.allocUnsafeSlow(2).length, Buffer.of(1, 2, 258));

const parts = [Buffer.from('ab'), Buffer.from('cd'), Buffer.from('ef')];
console.log(Buffer.concat(parts), Buffer.concat(parts, 4), Buffer.concat(parts, 8), Buffer.concat([]));

console.log(Buffer.byteLength('héllo'), Buffer.byteLength('😀'), Buffer.byteLength('abcd', 'hex'));
console.log(Buffer.byteLength('aGk=', 'base64'), Buffer.byteLength('ab', 'utf16le'), Buffer.byteLength(Buffer.alloc(7)));
console.log(Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer('x'), Buffer.isBuffer({}), Buffer.isBuffer());
console.log(['utf8', 'UTF-8', 'hex', 'latin1', 'binary', 'ucs2', 'base64url', 'nope', '', 5].map((e) => Buffer.isEncoding(e)));
console.log(Buffer.poolSize, Buffer.name, typeof Buffer, Buffer.from('x') instanceof Buffer);
console.log(require('buffer').Buffer === Buffer, require('node:buffer').constants.MAX_LENGTH);
