// Object literal features: shorthand, computed keys, methods, __proto__, spread order.
const key = 'dyn';
const x = 1;
const proto = { inherited: true };
const o = {
  x,
  [key + 'amic']: 2,
  [`${key}2`]() {
    return 'method';
  },
  __proto__: proto,
  'quoted-key': 3,
  42: 'num',
};
console.log(o, o.inherited, o.dyn2(), o.dyn2.name, Object.getPrototypeOf(o) === proto);
const merged = { a: 1, ...{ a: 2, b: 3 }, ...null, ...'hi', c: 4 };
console.log(merged);
const fnNames = { f: function () {}, g: () => {}, h() {}, ['comp' + 'uted']: () => {} };
console.log(Object.values(fnNames).map((f) => f.name));
