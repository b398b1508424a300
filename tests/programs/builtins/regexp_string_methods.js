// String methods with regular expressions: match, matchAll, search, replace, split.
const s = 'The year 1999 and 2024, also 7.';
console.log(s.match(/\d+/), s.match(/\d+/g), s.match(/xyz/g), 'abc'.match('b'));
console.log([...s.matchAll(/(\d)(\d+)/g)].map((m) => [m[0], m[1], m.index]));
const it = 'a1b2'.matchAll(/\d/g);
console.log(Object.prototype.toString.call(it), it.next(), it.next(), it.next());
console.log(s.search(/\d/), s.search(/q/), 'a.b'.search('.'));
console.log('2020-05-17'.replace(/(\d+)-(\d+)-(\d+)/, '$3/$2/$1'));
console.log('2020-05-17'.replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, '$<d>.$<m>.$<y>'));
console.log('aaa'.replace(/a/g, '[$&]'), 'abc'.replace(/b/, "[$`|$'|$$]"), 'abc'.replace(/b/, '$1$0$<x>'));
console.log('a-b-c'.replace(/-/g, (m, off, str) => `(${m}${off}${str.length})`));
console.log('John Smith'.replace(/(?<first>\w+) (?<last>\w+)/, (...args) => JSON.stringify(args)));
console.log('x'.replace(/(y)?x/, (m, p1) => String(p1)), 'aXbX'.replaceAll(/x/gi, '-'));
console.log('abc'.replace(/(?:)/g, '-'), '😀😀'.replace(/(?:)/gu, '-'), 'aaa'.replace(/a*?/g, '.'));
console.log('a1b22c333'.split(/\d+/), 'a1b2c3'.split(/(\d)/), 'a,b;c'.split(/[,;]/, 2));
console.log(''.split(/,/), ''.split(/(?:)/), 'abc'.split(/(?:)/), 'ab'.split(/(a)?b/));
console.log('one  two   three'.split(/\s+/), 'a b'.split(' '), 'a-b'.replace('-', '+'));
console.log('test'.replace('t', '$&$&'), 'Tom'.replaceAll('o', (m) => m.toUpperCase()));
const custom = { [Symbol.replace]: (str, rep) => `custom(${str},${rep})` };
console.log('abc'.replace(custom, 'x'), 'abc'.split({ [Symbol.split]: (s, lim) => [s, lim] }, 3));
class Upper extends RegExp {
  exec(str) {
    const r = super.exec(str);
    if (r) r[0] = r[0].toUpperCase();
    return r;
  }
}
console.log('abcabc'.replace(new Upper('b', 'g'), '<$&>'), new Upper('c').test('abc'));
