// while, do-while, and for with empty parts.
let n = 0;
while (n < 5) n += 2;
let m = 10;
do m++;
while (m < 5);
let k = 0;
for (;;) {
  if (++k > 3) break;
}
let s = '';
for (let i = 0, j = 10; i < j; i += 3, j -= 3) s += `${i}-${j} `;
console.log(n, m, k, s);
