// The == algorithm: null/undefined, number/string, boolean, object to primitive.
const pairs = [
  [null, undefined], [null, 0], [undefined, 0], [null, false], ['', 0], ['0', 0],
  ['0', false], ['1', true], ['2', true], [NaN, NaN], [[], ''], [[], 0], [[0], false],
  [[1, 2], '1,2'], [{}, '[object Object]'], ['abc', new String('abc')], [0, -0],
  [' \n', 0], ['1e1', 10], [Infinity, 'Infinity'], [true, 'true'],
];
for (const [a, b] of pairs) {
  console.log(JSON.stringify(a), '==', JSON.stringify(b), a == b, a != b);
}
const o = {};
console.log(o == o, o == {}, new String('a') == new String('a'));
