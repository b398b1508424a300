// Numeric literal forms: hex, octal, binary, exponents, separators, leading dot.
console.log(0xff, 0XFF, 0o17, 0O17, 0b1010, 0B11, 1e3, 1E-3, .5, 5., 1_000_000, 0xF_F, 1_0.5_5);
console.log(017 === undefined ? 'no' : 'legacy octal', 019, 0.1e2, 1..toString(), 2 .toFixed(1));
console.log(0.0000001, 1e-7 === 0.0000001, 1_000.000_1, 0b1111_0000, 0o7_7, 0xDEAD_BEEF);
console.log(Number.MAX_SAFE_INTEGER === 9_007_199_254_740_991, 1e+3, 1e-0, 0e5, 00 === 0);
