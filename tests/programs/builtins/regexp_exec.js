// exec results: index, input, groups, and lastIndex with the g and y flags.
const m = /(\d+)-(\d+)?/.exec('ab 12- cd');
console.log(m, m.index, m.input, m.length);
const named = /(?<year>\d{4})-(?<month>\d{2})/.exec('on 2020-05!');
console.log(named.groups, named.groups.year);
const g = /o/g;
console.log(g.exec('foo boo').index, g.lastIndex, g.exec('foo boo').index, g.lastIndex);
console.log(g.exec('foo boo').index, g.exec('foo boo').index, g.exec('foo boo'), g.lastIndex);
const y = /a/y;
console.log(y.test('aab'), y.lastIndex, y.test('aab'), y.lastIndex, y.test('aab'), y.lastIndex);
const d = /(?<x>b)(c)?/d.exec('abd');
console.log(d.indices, d.indices.groups);
console.log(/abc/i.test('xABCx'), /^b/m.test('a\nb'), /a.b/s.test('a\nb'), /a.b/.test('a\nb'));
console.log(/(?<=\$)\d+/.exec('cost $42')[0], /(?<!\$)\b\d+/.exec('cost $42 or 17')[0]);
console.log(/(a)\1/.test('aa'), /\u{1F600}/u.test('😀'), /^.$/u.test('😀'), /^.$/.test('😀'));
console.log(/[\p{L}]+/u.exec('héllo wörld')[0]);
const re = /x/g;
re.lastIndex = 99;
console.log(re.exec('x'), re.lastIndex);
