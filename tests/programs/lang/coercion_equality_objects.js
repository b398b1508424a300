// == between an object and a primitive converts the object with ToPrimitive (default hint).
const calls = [];
const o = { valueOf() { calls.push('valueOf'); return 1; }, toString() { calls.push('toString'); return 'one'; } };
console.log(o == 1, o == 'one', o == true, o === 1);
const s = { toString() { return 'x'; } };
console.log(s == 'x', [1] == 1, [1, 2] == '1,2', [[]] == 0, [null] == '', [undefined] == 0);
const p = { [Symbol.toPrimitive](h) { calls.push(h); return 2; } };
console.log(p == 2, p < 3, `${p}`);
console.log(calls.join(','));
