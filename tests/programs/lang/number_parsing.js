// parseInt/parseFloat stop at junk; Number() is strict about the whole string.
console.log(parseInt('42px'), parseInt('  -17  '), parseInt('0x1A'), parseInt('1A', 16), parseInt('z', 36), parseInt('101', 2));
console.log(parseInt(''), parseInt('abc'), parseInt('1e3'), parseInt(0.0000005), parseInt('08'), parseInt('9', 8));
console.log(parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-.5e2x'), parseFloat('Infinityx'), parseFloat('e5'));
console.log(Number('42px'), Number('0x1A'), Number(' 1.5 '), Number('1.2.3'));
console.log(Number.isInteger(5.0), Number.isInteger(5.1), Number.isSafeInteger(2 ** 53), isNaN('abc'), Number.isNaN('abc'));
console.log(isFinite('12'), Number.isFinite('12'), Number.EPSILON > 0, Number.MIN_VALUE, Number.MAX_VALUE);
