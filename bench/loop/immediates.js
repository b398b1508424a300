// 100,000 chained setImmediate calls: one per loop iteration.
let n = 0;
function next() {
  if (++n < 100000) setImmediate(next);
  else console.log(n);
}
setImmediate(next);
