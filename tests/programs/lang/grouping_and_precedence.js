// Operator precedence and associativity of common operators.
console.log(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ** 2, -(2 ** 2), 10 - 3 - 2, 2 ** 2 ** 3);
console.log(1 < 2 < 3, 3 > 2 > 1, 1 == 1 == 1, !1 + 1, typeof 1 + 1, - -1);
console.log(true || false && false, (true || false) && false, (null ?? 0) || 'x' ? 'a' : 'b');
let a = 1, b = 2, c = 3;
a = b = c;
console.log(a, b, c, 1 + +'2', '3' - -'4', 1 - -1);
