// Nested destructuring with defaults; defaults apply only for undefined, lazily.
let evaluated = 0;
const def = (v) => { evaluated++; return v; };
const { a: { b = def('B'), c: [d = def('D'), e = def('E')] = [] } = {}, f = def('F') } = { a: { c: [null] }, f: 0 };
console.log(b, d, e, f, evaluated);
function opts({ host = 'localhost', port = 80, tls: { enabled = false } = {} } = {}) {
  return `${host}:${port} tls=${enabled}`;
}
console.log(opts(), opts({ port: 8080 }), opts({ tls: { enabled: true } }));
