// The components of a URL, its origin, and its string forms.
const urls = [
  'https://user:pw@sub.example.com:8443/a/b.html?x=1&y=2#top',
  'http://example.com',
  'ftp://files.example.org:21/pub/',
  'ws://chat.example:8080/socket',
  'file:///home/user/notes.txt',
  'mailto:someone@example.com',
  'data:text/plain;base64,SGVsbG8=',
  'blob:https://example.org:444/some-uuid',
  'blob:ftp://x/y',
  'custom://host:99/p?q#h',
  'http://[::ffff:1.2.3.4]:8080/',
];
const keys = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
  'port', 'pathname', 'search', 'hash'];
for (const s of urls) {
  const u = new URL(s);
  console.log(s);
  for (const k of keys) console.log('  ' + k + ': ' + JSON.stringify(u[k]));
}
const u = new URL('http://a.com/x?y=1');
console.log(String(u), u.toString(), u.toJSON(), JSON.stringify({ link: u }));
console.log(`${u}`, u + '', u instanceof URL, Object.prototype.toString.call(u));
console.log(new URL(u).href, new URL('/z', u).href);
console.log(Object.keys(u), Object.keys(URL.prototype));
