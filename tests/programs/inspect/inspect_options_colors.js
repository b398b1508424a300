// util.inspect's colors option: node's default styles as ANSI escapes
// (printed with JSON.stringify so the escapes show as text).
const util = require('util');

const show = (v, opts) => console.log(JSON.stringify(util.inspect(v, { colors: true, ...opts })));

show(1);
show(-0);
show('text');
show(undefined);
show(null);
show(true);
show(Symbol('s'));
show(new Date(0));
show(/re/g);
show(function named() {});
show(class Klass {});
show([1, 'a', null, undefined, [, 2]]);
show({ n: 1, s: 's', 'needs-quotes': 2, [Symbol('k')]: 3 });
show({ get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {} });
show(new Map([[1, 'one']]));
show(new Set([true]));
show({ deep: { deeper: { deepest: { x: 1 } } } });
const circular = { name: 'c' };
circular.self = circular;
show(circular);
show([new Number(3), new String('s'), new Boolean(false)]);
show(Promise.resolve(5));
show(new Array(12).fill(7));
show({ long: 'x'.repeat(30), longer: 'y'.repeat(30), longest: 'z'.repeat(30) });
console.log(JSON.stringify(util.inspect({ a: 1 }, false, 2, true)));
console.log(JSON.stringify(util.inspect('no colors', { colors: false })));
