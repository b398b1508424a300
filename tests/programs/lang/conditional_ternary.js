// The conditional operator is right-associative and evaluates one branch.
const grade = (n) => n >= 90 ? 'A' : n >= 80 ? 'B' : n >= 70 ? 'C' : 'F';
console.log([95, 85, 75, 10].map(grade).join(''));
let hits = 0;
const r = true ? 'yes' : hits++;
console.log(r, hits);
console.log(0 ? 'a' : '' ? 'b' : null ? 'c' : 'd');
