// Symbol.toPrimitive receives the hint: "number", "string" or "default".
const hints = [];
const o = {
  [Symbol.toPrimitive](hint) {
    hints.push(hint);
    return hint === 'number' ? 7 : hint === 'string' ? 'seven' : 'dflt';
  },
};
console.log(+o);
console.log(`${o}`);
console.log(o + '');
console.log(o == 'dflt');
console.log(o * 1, o < 8);
console.log(String(o), Number(o));
console.log(hints.join(' '));
