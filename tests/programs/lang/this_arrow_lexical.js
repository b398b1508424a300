// Arrow functions capture this from the enclosing function and ignore call/bind.
const o = {
  v: 1,
  regular() { return [1, 2].map(function () { return this; }); },
  arrow() { return [1, 2].map(() => this.v); },
  nested() { const inner = () => () => this.v; return inner()(); },
};
console.log(o.regular().map((x) => x === globalThis));
console.log(o.arrow(), o.nested());
const arrow = o.arrow;
const a2 = () => this;
console.log(a2.call({ x: 1 }) === module.exports, typeof a2.bind(5)());
