// Symbol.toStringTag controls Object.prototype.toString output.
const tagged = { [Symbol.toStringTag]: 'Custom' };
console.log(Object.prototype.toString.call(tagged), String(tagged), `${tagged}`);
const toS = (v) => Object.prototype.toString.call(v);
console.log(toS(null), toS(undefined), toS(1), toS('s'), toS([]), toS(() => {}), toS(new Map()), toS(Symbol()));
console.log(toS(function* () {}), toS(Math), toS(JSON));
