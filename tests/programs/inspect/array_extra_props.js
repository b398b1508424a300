const a = [1, 2]; a.foo = 'bar';
console.log(a);
const b = []; b['x-y'] = 1;
console.log(b);
const c = [1]; c[Symbol('s')] = 2;
console.log(c);
