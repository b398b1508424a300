// instanceof with Symbol.hasInstance, Symbol.toPrimitive and Symbol.toStringTag.
class Even {
  static [Symbol.hasInstance](n) {
    return n % 2 === 0;
  }
}
console.log(2 instanceof Even, 3 instanceof Even);
const money = {
  [Symbol.toPrimitive](hint) {
    return hint === 'number' ? 42 : hint === 'string' ? '$42' : 'default';
  },
};
console.log(+money, `${money}`, money + '', money * 2);
class Tagged {
  get [Symbol.toStringTag]() {
    return 'Custom';
  }
}
console.log(String(new Tagged()), Object.prototype.toString.call(new Tagged()));
const s1 = Symbol('id');
const s2 = Symbol.for('shared');
console.log(s1.toString(), s1.description, Symbol.for('shared') === s2, Symbol.keyFor(s2), typeof s1);
const o = { [s1]: 1, plain: 2 };
console.log(Object.keys(o), Object.getOwnPropertySymbols(o).length, o[s1]);
