// path (posix), by name and as node:path.
const path = require('path');
console.log(path === require('node:path'), path.posix === path, path.sep, path.delimiter);
const joins = [['/a', 'b', '../c'], ['a', '', 'b/'], [], ['..', 'x', '.'], ['/', '//a']];
for (const parts of joins) console.log(JSON.stringify(parts), path.join(...parts));
for (const p of ['', '.', '/', 'a//b/../c/.', '../../x', '/..', 'a/b/', './']) {
  console.log(JSON.stringify(p), path.normalize(p), path.isAbsolute(p));
}
console.log(path.resolve('/foo/bar', './baz'), path.resolve('/foo/bar', '/tmp/file/'));
console.log(path.resolve('x') === path.join(__dirname, 'x'));
for (const p of ['/a/b/c.txt', 'c.txt', '/a/', '/', 'a', '.hidden', 'x.tar.gz', 'dot.', '..']) {
  console.log(JSON.stringify(p), path.dirname(p), path.basename(p), path.extname(p),
    path.basename(p, '.txt'));
}
console.log(path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'));
console.log(path.relative('/a/b', '/a/b/c/d'), JSON.stringify(path.relative('/a', '/a')), path.relative('/a/b/c', '/'));
console.log(path.parse('/home/user/dir/file.txt'), path.parse('./a.b.c'), path.parse(''));
console.log(path.format({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }));
console.log(path.format({ root: '/', name: 'file', ext: 'txt' }));
try {
  path.join('a', 42);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
