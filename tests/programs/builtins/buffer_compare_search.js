// equals, compare (both forms), indexOf/lastIndexOf/includes with numbers,
// strings and Buffers, and node's offsets.
const a = Buffer.from('abc');
console.log(a.equals(Buffer.from('abc')), a.equals(Buffer.from('abd')), a.equals(Buffer.alloc(0)));
console.log(Buffer.compare(a, Buffer.from('abd')), Buffer.compare(a, a), Buffer.compare(Buffer.from('b'), a));
console.log([Buffer.from('b'), Buffer.from('a'), Buffer.from('ab')].sort(Buffer.compare).map(String));
console.log(a.compare(Buffer.from('xabcx'), 1, 4), a.compare(Buffer.from('abc'), 0, 3, 1), a.compare(Buffer.from('zz'), 0, 0));
const h = Buffer.from('this is a buffer, a buffer');
console.log(h.indexOf('buffer'), h.indexOf('buffer', 11), h.indexOf('buffer', -6), h.indexOf('nope'));
console.log(h.indexOf(0x61), h.indexOf(97 + 256), h.indexOf(Buffer.from('a b')), h.indexOf(''), h.indexOf('', 100));
console.log(h.lastIndexOf('buffer'), h.lastIndexOf('buffer', 15), h.lastIndexOf('a'), h.lastIndexOf('zz'), h.lastIndexOf('t', -30));
console.log(h.includes('is a'), h.includes('xyz'), h.includes(0x2c), h.indexOf('6275', 'hex'), h.indexOf('is', 'utf8'));
console.log(h.indexOf('is', 3.7), h.indexOf('is', null), h.indexOf('s', -1000));
console.log(Buffer.alloc(0).indexOf('a'), Buffer.alloc(0).indexOf(''), Buffer.from('aaa').lastIndexOf('aa'));
