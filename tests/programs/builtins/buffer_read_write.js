// Numbers in a Buffer: the read*/write* family, little and big endian, signed,
// floats, variable widths; write(string) and copy/fill with offsets.
const b = Buffer.alloc(16);
console.log(b.writeUInt8(255, 0), b.writeInt8(-2, 1), b.writeUInt16LE(0x1234, 2), b.writeUInt16BE(0x1234, 4));
console.log(b.writeInt16LE(-300, 6), b.writeUInt32BE(0xdeadbeef, 8), b.writeInt32LE(-5, 12));
console.log(b);
console.log(b.readUInt8(0), b.readInt8(0), b.readInt8(1), b.readUInt16LE(2), b.readUInt16BE(2), b.readUint16BE(4));
console.log(b.readInt16LE(6), b.readInt16BE(6), b.readUInt32BE(8), b.readUInt32LE(8), b.readInt32LE(12), b.readInt32BE(8));
const f = Buffer.alloc(12);
f.writeFloatLE(1.5, 0);
f.writeDoubleBE(Math.PI, 4);
console.log(f, f.readFloatLE(0), f.readDoubleBE(4), f.readFloatBE(0));
f.writeFloatLE(0.1);
console.log(f.readFloatLE(), f.readDoubleLE(4));
const v = Buffer.alloc(6);
v.writeUIntBE(0x123456789a, 0, 5);
console.log(v, v.readUIntBE(0, 5), v.readUIntLE(0, 3), v.readIntBE(0, 6), v.readIntLE(1, 2));
v.writeIntLE(-123456, 0, 6);
console.log(v, v.readIntLE(0, 6), v.readUIntLE(0, 6));
console.log(b.writeUInt32LE(4294967295, 0), b.readUInt32LE(0), b.readInt32LE(0), b.writeUInt16LE(1.9, 0), b.readUInt16LE(0));

const w = Buffer.alloc(10);
console.log(w.write('héllo'), w, w.write('xyz', 8), w.write('abcd', 1, 2), w.write('ffee', 4, 'hex'), w);
console.log(w.write('é', 9), w.write('zz', 'latin1'), w.write('hi', 0, 2, 'utf16le'), w);
const src = Buffer.from('0123456789');
const dst = Buffer.alloc(6, '.');
console.log(src.copy(dst, 1, 2, 5), dst.toString(), src.copy(dst), dst.toString(), src.copy(dst, 4, 8), dst.toString());
console.log(src.copy(src, 2, 0, 5), src.toString(), src.copy(dst, 10), src.copy(dst, 0, 5, 5));
const fl = Buffer.alloc(8);
console.log(fl.fill('ab'), fl.fill(0).fill('x', 2, 4), fl.fill(1, 6), fl.fill('ä'), fl.fill('6162', 'hex'));
console.log(Buffer.from('abcdef').swap16(), Buffer.from('abcd').swap32(), Buffer.from('abcdefgh').swap64());
