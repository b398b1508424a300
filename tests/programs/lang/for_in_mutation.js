// Deleting a not-yet-visited key during for-in skips it.
const o = { a: 1, b: 2, c: 3 };
const visited = [];
for (const k in o) {
  visited.push(k);
  if (k === 'a') delete o.b;
}
console.log(visited);
let target = { x: 1 };
for (target.last in { p: 1, q: 2 });
console.log(target.last);
