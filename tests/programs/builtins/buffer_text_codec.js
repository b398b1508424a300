// TextEncoder and TextDecoder: UTF-8 in and out, BOM handling, fatal mode,
// encodeInto, UTF-16LE decoding, and their errors.
const e = new TextEncoder();
console.log(e.encoding, e.encode('hé'), e.encode(), e.encode('abcdefghij'));
console.log(Object.prototype.toString.call(e.encode('x')), e.encode('x').constructor.name, e.encode('😀').length);
const d = new TextDecoder();
console.log(d.encoding, d.fatal, d.ignoreBOM, d.decode(Buffer.from('\ufeffhé')), d.decode());
console.log(JSON.stringify(d.decode(Buffer.from([0xff, 0x41]))), d.decode(e.encode('round trip ✓')));
try {
  new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from([0xff]));
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  new TextDecoder('foo');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(new TextDecoder('utf-16le').decode(Buffer.from('hi', 'utf16le')), new TextDecoder('UTF8').encoding);
console.log(e.encodeInto('héllo', Buffer.alloc(3)), new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.from('\ufeffx')).length);
const target = Buffer.alloc(8);
console.log(e.encodeInto('abc', target), target, Buffer.from(e.encode('abc')));
const u8 = e.encode('xyz');
u8[0] = 0x41;
console.log(u8, u8.length, [...u8], d.decode(u8));
