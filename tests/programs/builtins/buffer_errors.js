// node's error codes and messages for bad arguments.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
t('alloc -1', () => Buffer.alloc(-1));
t('alloc str', () => Buffer.alloc('5'));
t('alloc NaN', () => Buffer.alloc(NaN));
t('alloc big', () => Buffer.alloc(2 ** 33));
t('from 5', () => Buffer.from(5));
t('from {}', () => Buffer.from({}));
t('from null', () => Buffer.from(null));
t('from fn', () => Buffer.from(function named() {}));
t('from enc', () => Buffer.from('a', 'foo'));
t('toString enc', () => Buffer.alloc(3).toString('foo'));
t('read past', () => Buffer.alloc(3).readUInt8(3));
t('read16 past', () => Buffer.alloc(3).readUInt16LE(2));
t('read frac', () => Buffer.alloc(3).readUInt8(1.5));
t('read str', () => Buffer.alloc(3).readUInt8('1'));
t('read empty', () => Buffer.alloc(0).readInt32BE(0));
t('write8 range', () => Buffer.alloc(3).writeUInt8(256, 0));
t('writeInt8 range', () => Buffer.alloc(3).writeInt8(-129, 0));
t('write16 range', () => Buffer.alloc(3).writeUInt16LE(70000, 0));
t('write32 bounds', () => Buffer.alloc(3).writeUInt32LE(1, 0));
t('write32 range', () => Buffer.alloc(8).writeInt32BE(2 ** 31, 0));
t('write48 range', () => Buffer.alloc(8).writeUIntLE(2 ** 48, 0, 6));
t('readUIntLE width', () => Buffer.alloc(8).readUIntLE(0, 7));
t('concat item', () => Buffer.concat([1]));
t('concat list', () => Buffer.concat('a'));
t('byteLength', () => Buffer.byteLength(5));
t('compare', () => Buffer.compare(1, 2));
t('equals', () => Buffer.alloc(2).equals(1));
t('fill hex', () => Buffer.alloc(2).fill('zz', 'hex'));
t('fill range', () => Buffer.alloc(2).fill(1, 0, 5));
t('fill nothing', () => Buffer.alloc(0).fill('zz', 'hex'));
t('fill partial char', () => Buffer.alloc(6).fill('a€'));
t('copy target', () => Buffer.alloc(2).copy(1));
t('copy sourceStart', () => Buffer.alloc(2).copy(Buffer.alloc(2), 0, 5));
t('write arg', () => Buffer.alloc(2).write(1));
t('write offset', () => Buffer.alloc(2).write('a', 5));
t('indexOf value', () => Buffer.alloc(2).indexOf({}));
t('swap16', () => Buffer.alloc(3).swap16());
t('compare start', () => Buffer.alloc(2).compare(Buffer.alloc(2), -1));
try {
  Buffer.alloc(-5);
} catch (e) {
  console.log(e.stack.split('\n')[0]);
  console.log(Object.keys(e), e instanceof RangeError);
}
Buffer.from(42);
