// `===`, `!==`, `==` and `!=` across values of every kind. Pairs that are not
// both strings or both numbers are answered without the general operator
// (and `==` with null or undefined on one side too); the rest take it. Each
// row is one left operand: four digits (===, !==, ==, !=) per right operand.
const o = {};
const s = Symbol('s');
const vals = [undefined, null, true, false, 0, -0, 1, NaN, '', '0', '1', 'a',
  Symbol.iterator, {}, [], () => 1, o, s, o, s];
for (const a of vals) {
  const row = vals.map((b) => [a === b, a !== b, a == b, a != b].map(Number).join(''));
  console.log(row.join(' '));
}
console.log(o === o, s === s, s == s, o == o, null == undefined, undefined == null, null === undefined);
// `==` with null never converts the other side; with a number it does.
const x = { valueOf() { console.log('valueOf'); return 1; } };
console.log(x == null, null == x, x === null, x != undefined);
console.log(x == 1);
