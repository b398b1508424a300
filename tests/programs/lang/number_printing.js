// Numbers print in shortest round-trip form, switching to exponent notation at 1e21 and 1e-7.
const nums = [0, -0, 1, -1, 0.1, 0.5, 1 / 3, 2 / 3, 100, 1e20, 1e21, 123456789012345680000, 1.5e-6, 1e-7, 1.2e-7,
  5e-324, 1.7976931348623157e308, 2 ** 53, 2 ** 64, 0.000001, 123.456, -1e-10, 4.35, 0.1 + 0.2, 1e100, 9007199254740993];
for (const n of nums) console.log(String(n), n);
console.log(String(-0), `${-0}`, [-0] + '', JSON.stringify(-0));
