// delete on a declared variable returns false in sloppy code; on implicit globals it succeeds.
var declared = 1;
let lexical = 2;
implicit = 3;
console.log(delete declared, delete lexical, delete implicit, typeof implicit);
console.log(delete undeclaredName, delete Math.PI, Math.PI > 3);
const arr = [1, 2];
console.log(delete arr.length, arr.length);
