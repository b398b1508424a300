// Getters on a prototype see the derived object as this; call overrides this for functions only.
const proto = { get me() { return this.name; } };
const a = Object.create(proto, { name: { value: 'a' } });
const b = Object.create(a, { name: { value: 'b' } });
console.log(a.me, b.me);
const getter = Object.getOwnPropertyDescriptor(proto, 'me').get;
console.log(getter.call({ name: 'explicit' }));
const o = { name: 'o', regular() { return this.name; }, arrow: () => typeof this };
console.log(o.regular.call({ name: 'other' }), o.arrow.call({ name: 'x' }));
