// require('url'): the WHATWG classes, file URL helpers and the legacy API.
const url = require('url');
console.log(url.URL === URL, url.URLSearchParams === URLSearchParams);
console.log(url.fileURLToPath('file:///tmp/a%20b/c.txt'));
console.log(url.fileURLToPath(new URL('file://localhost/etc/hosts')));
for (const bad of ['http://a/b', 'file://host/x', 'file:///a%2Fb', 42]) {
  try {
    url.fileURLToPath(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(url.pathToFileURL('/tmp/some dir/file#1?.txt').href);
console.log(url.pathToFileURL('/tmp/dir/').href);
console.log(url.pathToFileURL('/a/%41\\b').href);
console.log(url.pathToFileURL('/tmp/x/../y').pathname);
console.log(url.pathToFileURL('rel.txt').href === 'file://' + process.cwd() + '/rel.txt');

console.log(url.parse('http://user:pw@Host.com:8080/p/a/t/h?query=string#hash'));
console.log(url.parse('https://example.com'));
console.log(url.parse('http://a.com/x?a=1&b=2&a=3', true));
console.log(url.parse('/just/a/path?x=1'));
console.log(url.parse('http://[::1]:3000/x'));
console.log(url.parse('mailto:someone@example.com'));
console.log(url.parse('http://a.com/x?y', true).query, url.parse('http://a.com/x', true).query);

console.log(url.format({ protocol: 'https', hostname: 'example.com', pathname: '/some/path',
  query: { page: 1, format: 'json', tags: ['a', 'b'] } }));
console.log(url.format({ protocol: 'http:', host: 'h:81', pathname: 'rel', search: 'q=1', hash: 'top' }));
console.log(url.format({ protocol: 'file', pathname: '/etc/x' }));
console.log(url.format({ protocol: 'http', auth: 'u:p w', hostname: '::1', port: 8 }));
console.log(url.format(url.parse('http://x.com/a?b#c')));
console.log(url.format('http://x.com/a?b#c'));
const w = new URL('https://u:p@x.com/a?b=1#c');
console.log(url.format(w), url.format(w, { auth: false, search: false, fragment: false }));
