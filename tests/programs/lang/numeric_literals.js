// Numeric literal forms: hex, octal, binary, exponents, separators, leading dot.
console.log(0xff, 0XFF, 0o17, 0O17, 0b1010, 0B11, 1e3, 1E-3, .5, 5., 1_000_000, 0xF_F, 1_0.5_5);
console.log(017 === undefined ? 'no' : 'legacy octal', 019, 0.1e2, 1..toString(), 2 .toFixed(1));
