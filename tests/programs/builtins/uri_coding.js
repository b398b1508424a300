// encodeURI(Component) / decodeURI(Component) / escape / unescape, including
// malformed input (URIError: URI malformed) and lone surrogates.
const texts = ['hello world', 'a+b=c&d', 'caf\u00e9 \u20ac', '\ud83d\ude00', "-_.!~*'()", ';/?:@&=+$,#', '100%', '[x]{y}|\\^`"<>'];
for (const t of texts) {
  console.log(JSON.stringify(t), encodeURIComponent(t), encodeURI(t));
  console.log(decodeURIComponent(encodeURIComponent(t)) === t, decodeURI(encodeURI(t)) === t);
}
console.log(decodeURI('%3B%2F%3f%23%41%20'), decodeURIComponent('%3B%2F%3f%23%41%20'));
console.log(decodeURIComponent('%E2%82%AC%F0%9F%98%80'), decodeURIComponent('\ud800%41').length);
const bad = ['%', '%A', '%G1', '%+1', '%C3', '%C3%28', '%80', '%FF', '%ED%A0%80', '%C0%AF', '%F4%90%80%80', '%E2%82', '%E2%82%2'];
for (const b of bad) {
  try { console.log(b, decodeURIComponent(b)); } catch (e) { console.log(b, e.constructor.name + ': ' + e.message); }
}
for (const s of ['\ud800', 'a\udc00', '\ud83d\ud83d']) {
  try { encodeURIComponent(s); } catch (e) { console.log(e.name, e.message, e instanceof URIError); }
  try { encodeURI(s); } catch (e) { console.log(e.name, e.message); }
}
console.log(escape('a b+c/\u00e9\u20ac@*_-.'), escape('\ud83d\ude00'));
console.log(unescape('%41%u20AC%zz%u12%'), unescape(escape('caf\u00e9 \u20ac \ud83d\ude00')) === 'caf\u00e9 \u20ac \ud83d\ude00');
console.log(encodeURIComponent(undefined), encodeURI(123), decodeURI(null), escape.length, unescape.name);
console.log(encodeURIComponent({ toString() { return '\u00fc'; } }));
