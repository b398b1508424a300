// Blocks holding one statement and making no scope run as that statement:
// completions, labels, generators suspended inside them and exceptions must
// behave exactly as with the block.
function g(a) {
  if (a === null) { return 0; }
  if (a > 5) { return 1; } else { }
  {}
  return 2;
}
console.log(g(null), g(9), g(3));

out: { if (g(9) === 1) { break out; } console.log("not reached"); }
inner: { break inner; }
console.log("after labels");

for (let i = 0; i < 4; i++) { if (i % 2) { continue; } console.log("even", i); }
let n = 0;
while (true) { { n++; } if (n > 2) { break; } }
console.log("n", n);

function* gen() {
  { yield 1; }
  if (true) { yield 2; } else { yield 3; }
  try { { yield 4; } } finally { { console.log("finally"); } }
}
console.log([...gen()]);

function thrower(x) { if (x) { throw new Error("boom " + x); } return "ok"; }
try { thrower(1); } catch (e) { console.log(e.message, e.stack.split("\n")[1].trim()); }
console.log(thrower(0));

// A block with a lexical declaration keeps its scope (TDZ, closures).
const fns = [];
for (let i = 0; i < 2; i++) { { const j = i * 10; fns.push(() => j); } }
console.log(fns.map((f) => f()));
try { { x; let x = 1; } } catch (e) { console.log(e.constructor.name, e.message); }

async function a() { { await null; } if (true) { return "async done"; } }
a().then((v) => console.log(v));
