// Strings are UTF-16: length counts code units, surrogates are separate indexes.
const s = 'a😀b';
console.log(s.length, s[1] === '\uD83D', s.charCodeAt(1), s.codePointAt(1), s.codePointAt(2));
console.log([...s].length, Array.from(s), s.split('').length);
console.log(String.fromCharCode(0xD83D, 0xDE00) === '😀', String.fromCodePoint(0x1F600).length);
console.log('😀'.slice(0, 1).length, 'é'.length);
console.log('\u{1F600}' === '😀', '\x41\u0042', 'abc'.at(-1), '😀'.at(0) === '\uD83D');
console.log('ab'.split(''), 'a😀'.split('').length, 'ß'.toUpperCase(), 'İ'.toLowerCase().length);
