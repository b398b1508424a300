// Math functions with edge cases: rounding of halves and negatives, signs, NaN.
console.log(Math.round(2.5), Math.round(-2.5), Math.round(-0.4), Math.round(0.49999999999999994));
console.log(Math.floor(-1.5), Math.ceil(-1.5), Math.trunc(-1.5), Math.sign(-3), Math.sign(-0));
console.log(Math.max(), Math.min(), Math.max(1, NaN), Math.max('7', 2), Math.abs(-0));
console.log(Math.sqrt(-1), Math.cbrt(27), Math.hypot(3, 4), Math.log2(8), Math.log10(1000));
console.log(Math.PI, Math.E, Math.atan2(1, 1), Math.fround(5.5), Math.clz32(1), Math.imul(3, 4));
const r = Math.random();
console.log(r >= 0 && r < 1);
