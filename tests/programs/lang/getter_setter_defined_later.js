// __defineGetter__/__lookupGetter__ legacy helpers and redefining a data property as an accessor.
const o = { x: 1 };
Object.defineProperty(o, 'x', { get() { return 'now a getter'; }, configurable: true });
console.log(o.x, Object.getOwnPropertyDescriptor(o, 'x').writable);
Object.defineProperty(o, 'x', { value: 'data again', writable: true });
console.log(o.x, typeof Object.getOwnPropertyDescriptor(o, 'x').get);
const legacy = {};
legacy.__defineGetter__('g', function () { return 'legacy getter'; });
console.log(legacy.g, typeof legacy.__lookupGetter__('g'), Object.keys(legacy));
