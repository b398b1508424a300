// String.prototype basics.
const s = 'Hello, World';
console.log(s.length, s.charAt(1), s.charCodeAt(1), s.indexOf('o'), s.lastIndexOf('o'), s[4]);
console.log(s.slice(-5), s.substring(5, 0), s.toUpperCase(), s.toLowerCase(), s.split(', '));
console.log('  pad  '.trim() + '|', 'x'.padStart(3, 'ab'), 'x'.padEnd(3), 'ab'.repeat(3));
console.log(s.includes('World'), s.startsWith('Hell'), s.endsWith('d'), s.replace('l', 'L'), s.replaceAll('l', 'L'));
console.log('a,b,,c'.split(','), 'abc'.split(''), 'abc'.at(-1), 'abc'.concat(1, 2));
console.log('😀'.length, '😀'.codePointAt(0), String.fromCharCode(72, 105), String.fromCodePoint(128512));
console.log('a-b-c'.split('-', 2), 'x'.localeCompare('y'), 'Straße'.toUpperCase());
