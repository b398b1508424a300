// Spread in calls, arrays and objects; rest parameters.
function sum(...nums) {
  return nums.reduce((s, n) => s + n, 0);
}
const xs = [1, 2, 3];
console.log(sum(...xs, 4), [...xs, ...'ab'], Math.max(...xs));
const o = { a: 1, b: 2 };
console.log({ ...o, b: 3, c: 4 });
console.log(sum.length, ((a, b = 1, c) => 0).length);
