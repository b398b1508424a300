// toString and Buffer.from in every encoding, including malformed input:
// invalid UTF-8 becomes U+FFFD, bad hex stops, base64 skips junk and stops at '='.
const text = 'Héllo, wörld! 😀';
for (const enc of ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf16le', 'ucs2']) {
  const encoded = Buffer.from(text).toString(enc);
  console.log(enc, JSON.stringify(encoded), Buffer.from(encoded, enc).length);
}
console.log(Buffer.from('aGVsbG8gd29ybGQ=', 'base64').toString());
console.log(Buffer.from('aGk', 'base64'), Buffer.from('a G\nk=zz', 'base64'), Buffer.from('aG*k', 'base64'));
console.log(Buffer.from('a-_k', 'base64'), Buffer.from('a-_k', 'base64url'), Buffer.from('Zg', 'base64url'));
console.log(Buffer.from('abz1', 'hex'), Buffer.from('abc', 'hex'), Buffer.from('DEADbeef', 'hex'));
console.log(Buffer.from([0xe2, 0x82, 0xff, 0x41, 0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x98]).toString());
console.log(JSON.stringify(Buffer.from([0xc0, 0xaf, 0xf4, 0x90, 0x80, 0x80, 0xe0, 0x80, 0x61]).toString()));
console.log(Buffer.from('\ud800x').toString('hex'), Buffer.from('ÿĀ', 'latin1'), Buffer.from('ÿ€', 'ascii'));
console.log(Buffer.from([0xff, 0x41, 0x80]).toString('ascii'), Buffer.from([0xe9]).toString('latin1'));
console.log(Buffer.from('hi', 'utf16le'), Buffer.from([0x68, 0, 0x69, 0, 0x6a]).toString('utf16le'));
const b = Buffer.from('hello world');
console.log(b.toString('utf8', 6), b.toString('utf8', 0, 5), b.toString(undefined, -3, 100), JSON.stringify(b.toString('utf8', 8, 2)));
console.log(b.toString('hex', 1, 3), b.toString('base64', 0, 4), String(b), `${b}`, b + '!');
console.log(Buffer.from('Zm9v', 5).toString(), Buffer.from('x', '').toString());
