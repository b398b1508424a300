// A chain of 1,000,000 promise reactions.
let p = Promise.resolve(0);
for (let i = 0; i < 1000000; i++) p = p.then((v) => v + 1);
p.then((v) => console.log(v));
