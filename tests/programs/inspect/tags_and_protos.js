class Tagged { get [Symbol.toStringTag]() { return 'TG'; } }
console.log(new Tagged());
const o = { [Symbol.toStringTag]: 'Custom', a: 1 };
console.log(o);
const np = Object.create(null); np.z = 'N';
console.log(np);
class Foo extends Map {}
console.log(new Foo([[1, 2]]));
class Arr extends Array {}

const proto = { inherited: 1 };
const child = Object.create(proto); child.own = 2;
console.log(child);
console.log(new Arr(3, 4));
function* gen() {}
console.log(gen());
console.log([1, 2, 3].values());
