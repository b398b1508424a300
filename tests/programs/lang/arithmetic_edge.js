// Arithmetic edge cases: division by zero, NaN propagation, modulo sign, exponent.
console.log(1 / 0, -1 / 0, 0 / 0, 1 / -0);
console.log(5 % 3, -5 % 3, 5 % -3, -5 % -3, 5.5 % 2);
console.log(2 ** 10, 2 ** -1, (-8) ** (1 / 3), 2 ** 0.5);
console.log(NaN ** 0, 0 ** 0, Infinity * 0, Infinity - Infinity);
console.log(0.1 + 0.2, 0.1 * 3, 1e308 * 10, -1e308 * 10);
console.log(Number.MAX_SAFE_INTEGER + 2, 2 ** 53 + 1);
console.log(-(-0) === 0, Object.is(-0 * 1, -0), Object.is(0 * -1, -0));
