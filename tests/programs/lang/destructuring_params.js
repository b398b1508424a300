// Parameters can destructure, have defaults referring to earlier params, and a rest element.
function f([a, b] = [1, 2], { c } = { c: 3 }, d = a + b + c, ...rest) {
  return [a, b, c, d, rest];
}
console.log(f());
console.log(f([5, 5], { c: 0 }, undefined, 'r1', 'r2'));
const g = ({ name }, [first]) => `${name}-${first}`;
console.log(g({ name: 'n' }, 'xyz'));
console.log(f.length, g.length, ((a, b = 1, c) => 0).length, ((...r) => 0).length);
