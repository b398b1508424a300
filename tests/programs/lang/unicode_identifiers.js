// Identifiers may contain Unicode letters, $ and _, and \u escapes.
const café = 'coffee', $ = 'dollar', _ = 'under', π = Math.PI.toFixed(2), \u0061bc = 'escaped abc';
console.log(café, $, _, π, abc);
const o = { ñ: 1, 'ключ': 2, \u0062: 3 };
console.log(Object.keys(o), o.ключ, o.b);
