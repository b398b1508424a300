// Conversions between numbers and strings.
console.log(Number('42'), Number('4.2e1'), Number('0b101'), Number('0o17'), Number(null), Number(undefined), Number([5]), Number([1, 2]));
console.log(String(123), (123).toString(), 1 + '', `${1.5}`, String(1e-7), String(-1e21), (0.1).toFixed(20).length);
console.log(parseInt('  -12.9abc'), parseInt('ff', 16), parseInt('0x1A'), parseInt('101', 2), parseInt(''), parseFloat('.5'), parseFloat('-.5e-1x'));
console.log(+true, +'', +' ', +'\n', +[], +{}, -'5', ~~'7.9', '3' - '1', '3' + 1, '3' * '3');
console.log(isNaN('abc'), isFinite('12'), Number.isNaN('abc'), Number.isFinite('12'), (25).toString(36), (0.1 + 0.7) * 10);
console.log(1 / 0, -1 / 0, 0 / 0, Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, 2 ** 1023 * 2);
