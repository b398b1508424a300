// URLSearchParams: constructors and the list methods.
const show = (label, p) => console.log(label.padEnd(24), JSON.stringify([...p]), p.toString());
show('string', new URLSearchParams('a=1&b=2&a=3'));
show('leading ?', new URLSearchParams('?x=1'));
show('only ?', new URLSearchParams('?'));
show('empty', new URLSearchParams());
show('undefined', new URLSearchParams(undefined));
show('null', new URLSearchParams(null));
show('plus and percent', new URLSearchParams('q=a+b%20c%2Bd&%zz=%41%'));
show('no equals', new URLSearchParams('flag&x=&=y&&'));
show('utf8', new URLSearchParams('n=%C3%A9t%C3%A9&bad=%FF%FE'));
show('object', new URLSearchParams({ a: 1, b: 'two', c: null, d: undefined, e: [1, 2] }));
show('pairs', new URLSearchParams([['a', '1'], ['a', '2'], ['b', 3]]));
show('map', new URLSearchParams(new Map([['k', 'v'], ['k2', 'v2']])));
show('copy', new URLSearchParams(new URLSearchParams('z=1&y=2')));
show('number', new URLSearchParams(42));
show('generator', new URLSearchParams((function* () { yield ['g', 'en']; yield new Set(['s', 't']); })()));
for (const bad of [[['a']], [['a', 'b', 'c']], [1], { [Symbol.iterator]: 5 }]) {
  try {
    new URLSearchParams(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const p = new URLSearchParams('a=1&b=2&a=3&c=4');
console.log(p.get('a'), p.get('z'), p.getAll('a'), p.getAll('z'), p.has('b'), p.has('z'));
console.log(p.has('a', '3'), p.has('a', '9'), p.size);
p.append('d', 'x y');
p.set('a', 'one');
console.log(p.toString(), p.size);
p.set('new', 'n');
p.delete('b');
console.log(p.toString());
p.append('c', '5');
p.delete('c', '4');
console.log(p.toString());
p.sort();
console.log(p.toString());
const s = new URLSearchParams('z=1&a=2&\u00e9=3&b=4&a=1&\ud83d\ude00=5&\ufb01=6');
s.sort();
console.log(s.toString(), [...s.keys()]);
for (const m of ['get', 'getAll', 'has', 'delete', 'append', 'set']) {
  try {
    p[m]();
  } catch (e) {
    console.log(m, e.name, e.code, e.message);
  }
}
try {
  URLSearchParams.prototype.get.call({}, 'a');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
