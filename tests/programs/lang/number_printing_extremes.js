// Printing of subnormals, near-boundary values, long integers and toFixed/toPrecision extremes.
const nums = [1e21, 1e-7, 123e-20, 0.000001234, 1.0000000000000002, 9.999999999999999e22, 4.9406564584124654e-324,
  2.2250738585072014e-308, 1 / 7, 100 / 3, 0.3 - 0.1, 1234567890123456789, 5e-7, 12345678901234567890123];
for (const n of nums) console.log(String(n));
console.log((25).toString(36), (0.1).toFixed(20), (1e-10).toFixed(3), (123.456).toPrecision(10), (-0).toFixed(2));
console.log(Number('1e1000'), Number('-1e-1000'), parseFloat('1e-400'), 0.1 + 0.7);
