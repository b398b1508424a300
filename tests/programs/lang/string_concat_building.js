// Building strings in loops and with join produces the same text; += on strings is not mutation of aliases.
let s = '';
for (let i = 0; i < 5; i++) s += i;
const parts = [];
for (let i = 0; i < 5; i++) parts.push(i);
console.log(s, parts.join(''), s === parts.join(''));
let a = 'x';
const alias = a;
a += 'y';
console.log(a, alias);
console.log('abc'.split('').reverse().join(''), Array(4).join('ab'), 'x'.repeat(0) === '');
