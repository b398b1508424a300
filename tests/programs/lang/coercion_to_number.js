// ToNumber on strings, booleans, null, undefined, arrays and objects.
const vals = ['', ' ', '  12  ', '0x1f', '0b101', '0o17', '1e3', '-0', '1_000', '12px', 'Infinity', '-Infinity', '.5', '5.', '+3', '\n7\t'];
for (const v of vals) console.log(JSON.stringify(v), Number(v));
console.log(Number(true), Number(false), Number(null), Number(undefined));
console.log(Number([]), Number([5]), Number([1, 2]), Number({}), Number([' 9 ']));
console.log(+'', +[], +{}, -'3', ~~'7.9');
