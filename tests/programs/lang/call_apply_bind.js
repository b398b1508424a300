// call/apply pass this and arguments; bind fixes them and prepends arguments.
function f(a, b, c) { return [this && this.tag, a, b, c].join('|'); }
const t = { tag: 'T' };
console.log(f.call(t, 1, 2, 3), f.apply(t, [4, 5]), f.apply(t));
const g = f.bind(t, 'x');
console.log(g('y', 'z'), g.name, g.length, f.length);
const h = g.bind({ tag: 'ignored' }, 'w');
console.log(h('v'), h.name);
console.log(Math.max.apply(null, [3, 9, 2]), Array.prototype.slice.call('abc').join('-'));
