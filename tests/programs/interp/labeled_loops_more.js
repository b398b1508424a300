// Labels on for-of, for-in and do-while loops.
const grid = [
  [1, 2, 3],
  [4, 5, 6],
  [7, 8, 9],
];
const found = [];
rows: for (const row of grid) {
  for (const v of row) {
    if (v % 2 === 0) continue rows;
    if (v > 7) break rows;
    found.push(v);
  }
}
console.log(found);
let n = 0;
counting: do {
  n++;
  for (const k in { a: 1, b: 2 }) {
    if (n > 2) break counting;
    if (k === 'a') continue counting;
  }
} while (true);
console.log(n);
