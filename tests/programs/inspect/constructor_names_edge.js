// Which constructor names an object: the nearest `constructor` up the chain
// that is a function with a name. A plain object that merely has a property
// called `constructor` is not renamed, and a class that extends null names no
// parent.
console.log({ constructor: { name: 'Fake' } }, { constructor: 'str' });
class N extends null {}
console.log(N, [N]);
class Base {}
class Child extends Base {}
const Anon = class extends Base {};
console.log(Child, Anon, class extends Child {});
function Old() {}
Old.prototype = { constructor: { name: 'NotAFunction' } };
console.log(new Old());
