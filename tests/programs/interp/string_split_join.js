// Splitting, joining and replacing strings.
const csv = 'name,age\nann,30\nbob,25';
const rows = csv.split('\n').map((line) => line.split(','));
console.log(rows);
const [header, ...data] = rows;
console.log(data.map((r) => Object.fromEntries(r.map((v, i) => [header[i], v]))));
console.log('a-b-c'.replace('-', '+'), 'a-b-c'.replaceAll('-', ''), 'x'.replace('x', '$&$&'), 'abc'.replace('b', (m, i) => `[${m}${i}]`));
console.log(['x', 'y'].join(), [1, [2, 3]].join(';'), 'The quick fox'.split(' ').reverse().join(' '));
console.log('  trim me  '.trimStart() + '|', '|' + '  trim me  '.trimEnd(), 'abc'.substr(-2, 1), 'abcdef'.substring(4, 1));
