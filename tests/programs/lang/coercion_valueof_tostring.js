// ToPrimitive prefers valueOf for number hint and toString for string hint.
const log = [];
const o = {
  valueOf() { log.push('valueOf'); return 42; },
  toString() { log.push('toString'); return 'str'; },
};
console.log(o + 1);
console.log(`${o}`);
console.log(o * 2);
console.log(String(o));
console.log(o + '');
console.log(o > 41);
console.log(log.join(','));
