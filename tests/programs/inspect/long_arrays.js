const a = [];
for (let i = 0; i < 101; i++) a.push(i);
console.log(a);
const b = [];
for (let i = 0; i < 150; i++) b.push('s' + i);
console.log(b);
