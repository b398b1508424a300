// Regular expression literals: test, exec with groups, flags, lastIndex and replace with a function.
const re = /(\d+)-(?<word>[a-z]+)/g;
console.log(re.test('12-ab'), re.lastIndex, re.flags, re.source);
re.lastIndex = 0;
const m = re.exec('x 34-cd');
console.log(m[0], m[1], m.groups.word, m.index);
console.log('a1b22c333'.replace(/\d+/g, (d) => `<${d.length}>`), 'A-b'.split(/-/), /^\w+$/i.test('HeLLo'));
console.log(Object.prototype.toString.call(/x/), String(/a\/b/gi));
