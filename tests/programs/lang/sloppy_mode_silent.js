// Sloppy mode ignores writes to frozen objects and primitives.
const o = Object.freeze({ a: 1 });
o.a = 2;
o.b = 3;
const s = 'abc';
s.length = 1;
s.foo = 'bar';
console.log(o.a, o.b, s.length, s.foo, delete Object.prototype);
(5).x = 1;
console.log('still running');
