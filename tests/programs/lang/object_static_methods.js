// Object.keys/values/entries/fromEntries/assign/hasOwn.
const o = { a: 1, b: 2 };
console.log(Object.keys(o), Object.values(o), Object.entries(o));
console.log(Object.fromEntries([['x', 1], ['y', 2]]), Object.fromEntries(new Map([['m', 3]])));
const target = { a: 0 };
const r = Object.assign(target, { a: 1 }, null, { b: 2 }, 'hi');
console.log(r === target, target);
console.log(Object.hasOwn(o, 'a'), Object.hasOwn(o, 'toString'), o.hasOwnProperty('b'));
console.log(Object.keys('ab'), Object.entries([7, 8]), Object.getOwnPropertyNames('ab'));
