// Many closures and objects: exercises the garbage collector.
function make(i) {
  const data = { i, list: [i, i + 1] };
  return () => data.list[0] + data.list[1];
}
let total = 0;
const keep = [];
for (let i = 0; i < 200000; i++) {
  const f = make(i);
  total += f();
  if (i % 50000 === 0) keep.push(f);
}
console.log(total, keep.map((f) => f()));
let s = '';
for (let i = 0; i < 10000; i++) s += String.fromCharCode(97 + (i % 26));
console.log(s.length, s.slice(0, 30), s.lastIndexOf('z'));
