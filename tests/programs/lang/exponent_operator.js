// ** is right-associative and binds tighter than unary on its right.
console.log(2 ** 3 ** 2, (2 ** 3) ** 2, (-2) ** 2, 2 ** -2);
let x = 3; x **= 2;
console.log(x, Math.pow(2, 0.5) === 2 ** 0.5);
console.log((-8) ** (1 / 3), 10 ** 21, 10 ** -7);
