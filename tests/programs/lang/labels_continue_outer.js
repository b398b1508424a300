// Labelled continue and break target outer loops.
const found = [];
outer: for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j === i) continue outer;
    if (i === 3) break outer;
    found.push(`${i}${j}`);
  }
}
console.log(found.join(' '));
let n = 0;
loop: while (true) { do { n++; if (n > 5) break loop; } while (n % 2); }
console.log(n);
