// Holes are skipped by forEach/map/filter/in but visited by for-of, spread and join.
const h = [1, , 3];
const seen = [];
h.forEach((v, i) => seen.push(i));
console.log(seen, 1 in h, h.length);
console.log(h.map((x) => x * 2).length, h.filter(() => true).length, h.join('-'), [...h].length, 1 in [...h]);
let count = 0;
for (const v of h) count++;
console.log(count, h.indexOf(undefined), h.includes(undefined), h.findIndex((v) => v === undefined));
console.log(JSON.stringify(h), Object.keys(h), h.reduce((s, x) => s + x, 0));
