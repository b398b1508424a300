// Number() on objects and booleans, Number.isInteger on floats, and equality of converted values.
console.log(Number(new Number(5)) === 5, new Number(5) === 5, new Number(5) == 5, typeof Number('5'), typeof new Number('5'));
console.log(Number({ valueOf: () => '12' }), Number([['7']]), Number('   '), Number('\t\n 3 \r'), Number(false));
console.log(0.1 + 0.2 === 0.3, Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON, 9007199254740992 === 9007199254740993);
console.log(Number.parseFloat === parseFloat, Number.parseInt === parseInt, (12.5).toString(), (-1e-7).toString());
