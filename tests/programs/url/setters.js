// The URL setters, including the ones the standard tells to ignore.
function show(label, u) {
  console.log(label.padEnd(28), u.href);
}
const u = new URL('http://user:pw@example.com:8080/a/b?q=1#h');
show('start', u);
u.protocol = 'https';
show('protocol https', u);
u.protocol = 'ftp:';
show('protocol ftp:', u);
u.protocol = 'mailto';
show('protocol mailto (ignored)', u);
u.protocol = '1bad';
show('protocol 1bad (ignored)', u);
u.protocol = 'http:x';
show('protocol http:x', u);
u.username = 'new user';
show('username', u);
u.password = 'p@ss:w/rd';
show('password', u);
u.host = 'other.org:9090';
show('host', u);
u.host = 'bad host';
show('host bad (ignored)', u);
u.hostname = 'HOST.example';
show('hostname', u);
u.hostname = 'x:1';
show('hostname with port', u);
u.port = '80';
show('port 80 (default)', u);
u.port = '1234abc';
show('port 1234abc', u);
u.port = 'abc';
show('port abc (ignored)', u);
u.port = '99999';
show('port 99999 (ignored)', u);
u.port = '';
show('port empty', u);
u.port = 8081;
show('port number', u);
u.pathname = '/x y/../z';
show('pathname', u);
u.pathname = 'no-slash';
show('pathname relative', u);
u.pathname = '?#';
show('pathname ?#', u);
u.search = 'a=1 2';
show('search', u);
u.search = '??b';
show('search ??b', u);
u.search = '';
show('search empty', u);
u.hash = 'frag ment';
show('hash', u);
u.hash = '##x';
show('hash ##x', u);
u.hash = '';
show('hash empty', u);
u.href = 'https://fresh.example/';
show('href', u);
try {
  u.href = 'not a url';
} catch (e) {
  console.log('href bad:', e.name, e.message, e.code, e.input);
}
show('after bad href', u);

const f = new URL('file:///tmp/x');
f.username = 'u';
f.port = '22';
f.host = 'server';
show('file host', f);
f.host = 'localhost';
show('file localhost', f);
f.protocol = 'http';
show('file->http (ignored)', f);

const m = new URL('mailto:a@b');
m.pathname = '/x';
m.host = 'h';
m.username = 'u';
show('mailto (ignored)', m);
m.search = 'subject=hi';
m.hash = 'top';
show('mailto search/hash', m);

const c = new URL('custom://h/p');
c.host = '';
show('custom empty host', c);
c.protocol = 'http';
show('custom->http (ignored)', c);
const h = new URL('http://h/');
h.host = '';
show('http empty host (ignored)', h);
h.hostname = '0x7f.1';
show('hostname ipv4', h);
h.hostname = '[::1]';
show('hostname ipv6', h);
