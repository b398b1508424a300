// Object destructuring: renaming, defaults, rest, computed keys.
const { a, b: renamed, c = 'default', ...rest } = { a: 1, b: 2, d: 4, e: 5 };
console.log(a, renamed, c, rest);
const key = 'dyn';
const { [key]: dynVal, ['x' + 'y']: xy = 'xy-default' } = { dyn: 'D' };
console.log(dynVal, xy);
const { length } = 'hello';
console.log(length);
const { toFixed } = 1;
console.log(typeof toFixed);
