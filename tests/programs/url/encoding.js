// Percent-encoding: which characters each component escapes, form encoding in
// URLSearchParams, non-ASCII text and lone surrogates.
let ascii = '';
for (let c = 0x20; c < 0x7f; c++) ascii += String.fromCharCode(c);
const safe = ascii.replace(/[#?/\\]/g, '');
console.log(new URL('http://h/' + safe).pathname);
console.log(new URL('http://h/?' + ascii.replace('#', '')).search);
console.log(new URL('custom://h/?' + ascii.replace('#', '')).search);
console.log(new URL('http://h/#' + ascii).hash);
console.log(new URL('custom:' + ascii.replace(/[#?]/g, '')).pathname);
const u = new URL('http://h/');
u.username = ascii;
u.password = ascii;
console.log(u.username);
console.log(u.href);
console.log(new URLSearchParams({ k: ascii }).toString());
console.log(new URLSearchParams({ 'sp ace': 'a b+c', e: '\u00e9\u20ac\ud83d\ude00' }).toString());
console.log(new URLSearchParams({ lone: '\ud800', tail: 'x\udc00' }).toString());
console.log(new URL('http://h/\u00e9\u20ac\ud83d\ude00?\u00e9#\u00e9').href);
console.log(new URL('http://h/%c3%A9/%zz/%').pathname);
console.log(new URL('http://h/\u0000\u001f\u007f').pathname);
console.log(new URL('http://EXAMPLE.COM/').host, new URL('http://ex%41mple.com').host);
console.log(new URL('http://xn--mnchen-3ya.de/').host);
console.log(new URL('http://m\u00fcnchen.de/').host, new URL('http://\u00e9t\u00e9.fr/').host);
console.log(new URL('http://\u4f8b\u3048.jp/').host);
console.log(new URLSearchParams('a=%F0%9F%98%80&b=%E2%82&c=%C3').toString());
console.log(new URLSearchParams('a=%F0%9F%98%80&b=%E2%82&c=%C3').get('b').length);
