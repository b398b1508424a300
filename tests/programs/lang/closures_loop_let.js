// let in a for header gets a fresh copy per iteration, copied after the update expression.
const lets = [];
for (let i = 0; i < 3; i++) lets.push(() => i);
const vars = [];
for (var j = 0; j < 3; j++) vars.push(() => j);
console.log(lets.map((f) => f()), vars.map((f) => f()));
const mutated = [];
for (let i = 0; i < 3; i++) { mutated.push(() => i); i++; }
console.log(mutated.map((f) => f()));
const inits = [];
for (let i = 0, get = () => i; i < 2; i++) inits.push(get);
console.log(inits.map((f) => f()));
