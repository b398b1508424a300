// The legacy url.parse and url.format on common shapes of URL, as JSON.
const url = require('url');
const inputs = ['http://example.com/a/b?c=d#e', 'https://User:P@Ex.com:8443/', 'http://a.com', 'http://a.com?x', 'http://a.com#h',
  '//host/path', 'http://a.com/p?x=1&x=2&y=%20z+w', 'HTTP://A.COM/X', 'http://a.com:80/', 'https://[::1]:443/x',
  'ftp://f.org/pub', 'file:///etc/x', 'foo/bar', '?q=1', '#h', 'http://a.com/\\x\\y', 'ws://s:1/p', 'http://u@h/', '  http://trim.com/  '];
for (const s of inputs) {
  const p = url.parse(s);
  console.log(JSON.stringify(p), url.format(p));
  console.log(JSON.stringify(url.parse(s, true).query));
}
