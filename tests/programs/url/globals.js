// URL and URLSearchParams are globals, like node's: not enumerable on
// globalThis, writable and configurable, and the same objects as require('url').
console.log(typeof URL, typeof URLSearchParams, URL.name, URLSearchParams.name, URL.length);
for (const name of ['URL', 'URLSearchParams']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof d.value, d.writable, d.enumerable, d.configurable);
}
console.log(Object.keys(globalThis).includes('URL'));
console.log(globalThis.URL === require('url').URL);
console.log(typeof URL.canParse, typeof URL.parse, URL.parse('nope'), URL.parse('/a', 'http://b').href);
console.log(Object.getOwnPropertyNames(URLSearchParams.prototype).sort());
console.log(URLSearchParams.prototype[Symbol.toStringTag], URL.prototype[Symbol.toStringTag]);
const Saved = URL;
globalThis.URL = 'replaced';
console.log(URL);
globalThis.URL = Saved;
console.log(new URL('http://back/').href);
