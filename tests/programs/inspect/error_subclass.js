class MyError extends Error {}
const e = new MyError('custom');
e.stack = 'Error: custom\n    at here (a.js:1:1)';
console.log(e);
class Named extends Error { constructor(m) { super(m); this.name = 'Named'; } }
const n = new Named('n');
n.stack = 'Named: n\n    at there (b.js:2:2)';
console.log(n);
const c = new Error('outer', { cause: 'why' });
c.stack = 'Error: outer\n    at c (c.js:3:3)';
console.log(c);
const f = new TypeError('t');
f.stack = 'TypeError: t';
f.extra = [1, 2];
console.log({ nested: { f } });
