// Unbounded recursion throws a catchable RangeError.
function down(n) {
  return down(n + 1) + 1;
}
try {
  down(0);
} catch (e) {
  console.log(e instanceof RangeError, e.message);
}
function depth(n) {
  return n === 0 ? 0 : 1 + depth(n - 1);
}
console.log(depth(5000));
