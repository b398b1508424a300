// Default parameters are evaluated at call time, in order, and can use earlier ones.
let counter = 0;
function f(a, b = a * 2, c = ++counter, d = () => a + b) {
  return [a, b, c, d()];
}
console.log(f(1), f(1, 5), f(2, undefined, 10), counter);
function g(x = 'default', { y = 2, z } = {}, [w] = [9]) {
  return `${x} ${y} ${z} ${w}`;
}
console.log(g(), g(null, { z: 3 }, [1]), g.length);
