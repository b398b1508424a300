// `let` in a for-loop head gets a fresh binding per iteration; `var` does not.
const fs = [];
for (let i = 0; i < 3; i++) fs.push(() => i);
console.log(fs.map((f) => f()));
const gs = [];
for (var j = 0; j < 3; j++) gs.push(() => j);
console.log(gs.map((g) => g()));
const hs = [];
for (const k of ['a', 'b']) hs.push(() => k);
console.log(hs.map((h) => h()));
