// Closures capture catch parameters and let bindings declared inside while bodies, per iteration.
const fns = [];
let i = 0;
while (i < 3) { let captured = i; fns.push(() => captured); i++; }
for (const msg of ['x', 'y']) {
  try { throw msg; } catch (err) { fns.push(() => 'caught ' + err); }
}
console.log(fns.map((f) => f()));
