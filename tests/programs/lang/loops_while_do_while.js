// while, do-while (body runs at least once) and for with empty parts and comma expressions.
let i = 0, out = [];
while (i < 3) out.push(i++);
do { out.push('do' + i); } while (i < 0);
for (let a = 0, b = 10; a < b; a += 4, b -= 4) out.push(a + ':' + b);
let n = 0;
for (;;) { if (++n > 2) break; }
out.push('n' + n);
console.log(out.join(' '));
do i++; while (i < 10) console.log('ASI after do-while', i);
