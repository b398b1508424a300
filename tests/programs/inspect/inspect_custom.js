// util.inspect.custom: an object's own way to be shown (a string as is,
// another value inspected in its place, itself for the usual form), with the
// depth left and the options (and their stylize) as arguments.
const util = require('util');
class P { [util.inspect.custom](depth, opts) { return `P<${depth},${opts.colors},${typeof opts.stylize}>`; } }
console.log(util.inspect(new P()), util.inspect({ p: new P() }, { depth: 5 }));
console.log({ nested: { p: new P() } });
class Money {
  constructor(n) { this.n = n; }
  [util.inspect.custom](depth, options) { return options.stylize(`$${this.n}`, 'number'); }
}
console.log([new Money(5)], util.inspect(new Money(7), { colors: true }));
const swap = { [util.inspect.custom]() { return { replaced: true, list: [1, 2] }; } };
console.log(swap, [swap]);
const self = { [util.inspect.custom]() { return this; }, a: 1 };
console.log(self);
const multi = { [util.inspect.custom]() { return 'line1\nline2'; } };
console.log({ key: multi });
