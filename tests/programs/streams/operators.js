// The Readable operators (map, filter, reduce, toArray…) and string_decoder's
// StringDecoder holding back half a character.
const { Readable } = require('stream');
const { StringDecoder } = require('string_decoder');
(async () => {
  console.log(await Readable.from([1, 2, 3, 4]).map((x) => x * 2).filter((x) => x > 2).toArray());
  console.log(await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0));
  console.log(await Readable.from([1, 2, 3]).some((x) => x > 2), await Readable.from([1, 2, 3]).every((x) => x > 2));
  console.log(await Readable.from([5, 6, 7]).find((x) => x > 5));
  console.log(await Readable.from([1, 2, 3, 4, 5]).drop(1).take(2).toArray());
  await Readable.from(['a', 'b']).forEach((x) => console.log('each', x));
  const d = new StringDecoder('utf8');
  const b = Buffer.from('€');
  console.log(JSON.stringify(d.write(b.subarray(0, 1))), d.write(b.subarray(1)), d.end());
})();
