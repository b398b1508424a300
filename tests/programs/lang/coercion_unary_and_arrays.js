// Unary + and - use ToNumber; arrays convert through join.
console.log(+[], +[7], +[1, 2], +['3'], +{}, +null, +undefined, +true, +'  42 ', +'4 2');
console.log(-'', -[], -[-5], -'x', -null);
console.log([1, 2] + [3], [] + 1, [null] + 1, [undefined, null] + '!', [[1, 2], [3]] + '');
const d = { valueOf: () => 10 };
console.log(d + 1, d - 1, d * d, d / 4, -d, +d, d % 3);
