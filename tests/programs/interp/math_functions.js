// Math functions and their edge cases.
console.log(Math.round(2.5), Math.round(-2.5), Math.round(-0.2), Math.max(), Math.min(), Math.max(1, NaN));
console.log(Math.floor(-1.5), Math.ceil(-1.5), Math.trunc(-1.5), Math.sign(-3), Math.abs(-7), Math.sqrt(16));
console.log(Math.pow(2, 10), 2 ** -1, Math.hypot(3, 4), Math.cbrt(27), Math.log2(8), Math.clz32(1), Math.imul(3, 4));
console.log(Math.PI.toFixed(5), Math.E > 2.7, typeof Math.random(), Math.random() < 1, Math.fround(5.5));
console.log(Number.isInteger(5.0), Number.isSafeInteger(2 ** 53), Number.EPSILON > 0, Number.MAX_SAFE_INTEGER);
console.log((1234.5678).toFixed(1), (0.000001234).toPrecision(2), (255).toString(2), (-255).toString(36), (1e21).toFixed(2));
