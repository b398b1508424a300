// Strings are UTF-16: lengths, indexing and iteration by code points.
const s = 'a😀b';
console.log(s.length, s[1] === '\ud83d', s.charCodeAt(1).toString(16), [...s].length, Array.from(s));
console.log('é'.length, 'café'.toUpperCase(), '\u00e9' === 'é', 'z' > 'a', 'ä'.localeCompare('z'));
console.log(s.split(''), s.slice(1, 3), s.codePointAt(1), String.fromCodePoint(0x1f600) === '😀');
console.log(JSON.stringify('\ud800'), JSON.stringify('😀'), encodeURIComponent('a b&c/é'), decodeURIComponent('%E2%9C%93'));
