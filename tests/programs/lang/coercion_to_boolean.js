// ToBoolean: the falsy values and a few surprising truthy ones.
const vals = [0, -0, NaN, '', null, undefined, false, '0', ' ', 'false', [], {}, -1, Infinity];
for (const v of vals) console.log(typeof v, String(v), Boolean(v), !!v);
console.log(new Boolean(false) ? 'object is truthy' : 'falsy');
