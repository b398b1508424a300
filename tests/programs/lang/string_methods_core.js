// Everyday String methods.
const s = '  Hello, World  ';
console.log(JSON.stringify(s.trim()), JSON.stringify(s.trimStart()), JSON.stringify(s.trimEnd()));
console.log('abc'.padStart(6, '12'), 'abc'.padEnd(5, '-'), 'ab'.repeat(3), 'x'.padStart(3));
console.log('hello'.indexOf('l'), 'hello'.lastIndexOf('l'), 'hello'.includes('ell'), 'hello'.startsWith('he'), 'hello'.endsWith('lo', 4));
console.log('a,b,,c'.split(','), 'a,b,c'.split(',', 2), 'abc'.split(), ''.split(','), ''.split(''));
console.log('Hello'.slice(-3), 'Hello'.substring(3, 1), 'Hello'.substr(1, 3), 'Hello'.slice(2, -1));
console.log('a-b-c'.replace('-', '+'), 'a-b-c'.replaceAll('-', '+'), 'abc'.concat(1, null));
console.log('AbC'.toLowerCase(), 'AbC'.toUpperCase(), 'abc'.charAt(5) === '', 'abc'[5]);
