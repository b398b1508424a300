// Shorthand properties, methods, computed keys, __proto__, duplicate keys and numeric keys.
const x = 1, y = 2;
const k = 'key';
const o = { x, y, [k + 1]: 'computed', m() { return this.x; }, 'quoted-key': 3, 10: 'ten', 1.5: 'f', x: 'last wins' };
console.log(o.x, o.key1, o.m(), o['quoted-key'], o[10], o['1.5']);
console.log(Object.keys(o));
const proto = { inherited: true };
const withProto = { __proto__: proto, own: 1 };
console.log(withProto.inherited, Object.keys(withProto), Object.getPrototypeOf(withProto) === proto);
const computedProto = { ['__proto__']: 5 };
console.log(Object.keys(computedProto), Object.getPrototypeOf(computedProto) === Object.prototype);
