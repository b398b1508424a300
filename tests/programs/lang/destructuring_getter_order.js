// Destructuring reads properties in source order and evaluates defaults only when needed.
const log = [];
const src = {
  get a() { log.push('get a'); return undefined; },
  get b() { log.push('get b'); return 'B'; },
};
const { b, a = (log.push('default a'), 'A'), c = (log.push('default c'), 'C') } = src;
console.log(a, b, c, log.join(', '));
const { ...copy } = src;
console.log(Object.keys(copy), log.length);
