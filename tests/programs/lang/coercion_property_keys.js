// Property keys are converted with ToPropertyKey: numbers, objects and booleans become strings.
const o = {};
o[1] = 'num'; o['1'] = 'str overwrite';
o[{}] = 'object key';
o[true] = 'bool';
o[null] = 'null'; o[undefined] = 'undef';
o[1.5] = 'float'; o[-0] = 'negzero'; o[1e21] = 'big';
console.log(Object.keys(o));
console.log(o['[object Object]'], o.true, o.null, o.undefined, o['0']);
const k = { toString() { return 'custom'; } };
o[k] = 'via toString';
console.log(o.custom);
const arr = ['a', 'b'];
console.log(arr['1'], arr[1.0], arr['1.0'], arr[[1]]);
