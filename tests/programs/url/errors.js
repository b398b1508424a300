// Invalid URLs throw node's TypeError with `code` and `input`; URL.canParse
// answers without throwing.
for (const [input, base] of [['foo'], ['http://'], ['x', 'also bad'], ['http://[::1'], [''], ['https://a:99999/']]) {
  try {
    base === undefined ? new URL(input) : new URL(input, base);
    console.log('parsed?', input);
  } catch (e) {
    console.log(e instanceof TypeError, e.name, e.message, e.code, JSON.stringify(e.input),
      JSON.stringify(e.base), String(e), Object.keys(e));
  }
}
try {
  new URL();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(URL.canParse('http://a'), URL.canParse('nope'), URL.canParse('/p', 'http://b'),
  URL.canParse('/p', 'bad base'), URL.canParse('mailto:x'));
try {
  URL.canParse();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({});
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(new URL({ toString: () => 'http://obj/' }).href);
console.log(new URL('http://a/\ud800x').pathname);
