// console.log and util.inspect of URL and URLSearchParams, as node shows them.
const util = require('util');
const u = new URL('https://user:pw@example.com:8080/p/a/t/h?query=string&x=1#hash');
console.log(u);
console.log(new URL('file:///tmp/a b'));
console.log([new URL('http://a/')]);
console.log({ nested: { deeper: { url: new URL('http://a/?b=c') } } });
console.log(new URLSearchParams('a=1&b=2'));
console.log(new URLSearchParams());
console.log(new URLSearchParams({ "it's": 'quo"te', n: '\n' }));
const long = new URLSearchParams();
for (let i = 0; i < 8; i++) long.append('key' + i, 'value number ' + i);
console.log(long);
console.log({ params: new URLSearchParams('x=1') });
console.log(util.inspect(new URLSearchParams('a=b'), { depth: 0 }));
console.log(util.inspect({ a: { b: new URLSearchParams('a=b') } }, { depth: 0 }));
console.log(util.inspect(u, { depth: 0 }));
console.log(new URLSearchParams('a=1&b=2').keys());
console.log(new URLSearchParams('a=1&b=2').values());
console.log(new URLSearchParams('a=1&b=2').entries());
console.log(`${new URLSearchParams('a=1')}`, String(u));
class MyURL extends URL {}
console.log(new MyURL('http://sub/'));
