// isWellFormed / toWellFormed: lone surrogates are replaced by U+FFFD; pairs stay.
const samples = ['abc', 'caf\u00e9', '\ud83d\ude00', 'a\ud800b', '\udc00', 'x\ud83d', '\ud83d\ude00\ude00'];
for (const s of samples) {
  const fixed = s.toWellFormed();
  console.log(JSON.stringify(s), s.isWellFormed(), JSON.stringify(fixed), fixed.length, fixed.isWellFormed());
}
console.log(String.prototype.isWellFormed.length, String.prototype.toWellFormed.name);
console.log(String.prototype.toWellFormed.call(123), String.prototype.isWellFormed.call({ toString() { return '\ud800'; } }));
try { String.prototype.isWellFormed.call(null); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
// normalize leaves lone surrogates where they are and normalizes around them.
const mixed = 'e\u0301\ud800A\u030a';
console.log(JSON.stringify(mixed.normalize('NFC')), mixed.normalize('NFC').length, mixed.normalize('NFD').length);
console.log('\u1e9b\u0323'.normalize('NFKD').length, '\u1e9b\u0323'.normalize('NFKC').length, '\u1e9b\u0323'.normalize('NFD').length);
console.log('한국어'.normalize('NFD').length, '한국어'.normalize('NFD').normalize('NFC') === '한국어');
console.log(String.prototype.normalize.length, 'abc'.normalize(undefined), 'Å'.normalize('NFC') === '\u00c5');
for (const bad of ['nfc', '', 'NFX', null]) {
  try { 'x'.normalize(bad); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
