// slice and subarray share memory with the Buffer they come from; indexing
// stores bytes modulo 256 and ignores writes past the end.
const b = Buffer.from('abcdef');
const s = b.subarray(1, 4);
s[0] = 0x58;
console.log(b.toString(), s.toString(), s.length, s.byteOffset - b.byteOffset);
const t = b.slice(-2);
t[1] = 0x21;
console.log(b.toString(), t.toString(), b.slice(4, 2).length, b.slice(2).slice(1, 2).toString());
console.log(b.subarray(-100, 100).length, b.slice(1.9, 3.2).toString(), b.slice('1', '3').toString());
b[0] = 256 + 65;
b[1] = -1;
b[2] = 3.9;
b[3] = '0x30';
b[10] = 7;
console.log(b, b[10], b[-1], b.length);
b.length = 99;
console.log(b.length, Object.keys(Buffer.from('xy')), 'length' in b, b.hasOwnProperty('length'));
console.log(Object.getOwnPropertyDescriptor(b, 0), delete b[0], delete b[99]);
console.log([...Buffer.from('hey')], Array.from(Buffer.from([9, 8])));
for (const x of Buffer.from([1, 2])) console.log('of', x);
console.log([...Buffer.from('ab').entries()], [...Buffer.from('ab').keys()], Buffer.from('ab').values());
console.log(Object.prototype.toString.call(b), JSON.stringify(Buffer.from('hi')), Buffer.from('hi').toJSON());
console.log(JSON.stringify({ data: Buffer.from([1, 2]) }), Buffer.from(JSON.parse(JSON.stringify(Buffer.from('round')))).toString());
