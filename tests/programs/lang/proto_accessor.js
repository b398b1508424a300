// The __proto__ accessor reads and sets the prototype; it is absent on null-prototype objects.
const p = { tag: 'p' };
const o = {};
o.__proto__ = p;
console.log(o.tag, o.__proto__ === p, Object.getPrototypeOf(o) === p);
const n = Object.create(null);
n.__proto__ = p;
console.log(n.tag, Object.keys(n));
o.__proto__ = 5;
console.log(Object.getPrototypeOf(o) === p);
