// Moderately deep recursion (a few thousand frames) must work without a RangeError.
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(3000));
const sumTo = (n) => (n === 0 ? 0 : n + sumTo(n - 1));
console.log(sumTo(2000));
function walk(node) { return node ? 1 + walk(node.next) : 0; }
let list = null;
for (let i = 0; i < 2500; i++) list = { next: list };
console.log(walk(list));
