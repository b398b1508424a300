// Function names are inferred from variable, property, default and method contexts.
const a = function () {};
const b = () => {};
const o = { m() {}, p: function () {}, ['c' + 1]: () => {}, get g() { return 1; }, [Symbol('sym')]: function () {} };
let d; d = function () {};
const { e = () => {} } = {};
function named() {}
const renamed = function inner() {};
console.log(a.name, b.name, o.m.name, o.p.name, o.c1.name, d.name, e.name, named.name, renamed.name);
console.log(Object.getOwnPropertyDescriptor(o, 'g').get.name, o[Object.getOwnPropertySymbols(o)[0]].name);
console.log((() => {}).name === '', (function () {}).name === '', named.bind(null).name);
