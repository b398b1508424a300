const n = new Number(5); n.extra = 'x';
console.log(n);
const s = new String('hi'); s.more = true;
console.log(s);
console.log([new Boolean(true), Object(Symbol('x'))]);
