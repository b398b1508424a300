class Point { constructor() { this.x = 1; } }
console.log({ a: { b: { c: new Point(), d: new Map([[1, 2]]), e: new Set([1]), f: [1], g: {} , h: [], i: new Map() } } });
const np = Object.create(null); np.k = 1;
console.log({ a: { b: { np } } });
console.log({ a: { b: { fn: function named() {}, err: Object.assign(new Error('x'), { stack: 'Error: x' }) } } });
