// Every ES2023 method of the core built-ins exists with node's `length` and
// `name` (aliases such as trimLeft keep their original's name).
const targets = {
  String, 'String.prototype': String.prototype, Array, 'Array.prototype': Array.prototype,
  Object, 'Object.prototype': Object.prototype, Number, 'Number.prototype': Number.prototype,
  Boolean, 'Boolean.prototype': Boolean.prototype, Symbol, 'Symbol.prototype': Symbol.prototype,
  'Function.prototype': Function.prototype, Math, JSON, Map, 'Map.prototype': Map.prototype,
  Set, 'Set.prototype': Set.prototype, 'WeakMap.prototype': WeakMap.prototype, 'Date.prototype': Date.prototype,
};
for (const [label, t] of Object.entries(targets)) {
  const parts = [];
  for (const n of Object.getOwnPropertyNames(t).sort()) {
    if (n === 'caller' || n === 'arguments') continue;
    const d = Object.getOwnPropertyDescriptor(t, n);
    const flags = (d.writable ? 'w' : '-') + (d.enumerable ? 'e' : '-') + (d.configurable ? 'c' : '-');
    if (typeof d.value === 'function') parts.push(n + '/' + d.value.length + (d.value.name === n ? '' : '[' + d.value.name + ']') + flags);
    else if (d.get || d.set) parts.push(n + '{accessor}');
    else parts.push(n + ':' + typeof d.value + flags);
  }
  console.log(label + ': ' + parts.join(' '));
  const syms = Object.getOwnPropertySymbols(t).map(String).sort();
  if (syms.length) console.log('  symbols: ' + syms.join(' '));
}
console.log(Object.keys(Array.prototype[Symbol.unscopables]).join(), Object.getPrototypeOf(Array.prototype[Symbol.unscopables]));
const spread = { length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true };
const flat = [1, 2];
flat[Symbol.isConcatSpreadable] = false;
console.log([0].concat(spread, flat).length, [0].concat(spread)[2]);
console.log([1, 'a', null, undefined, new Date(0)].toLocaleString() === [1, 'a', '', '', new Date(0).toLocaleString()].join());
console.log('x'.anchor('a"b'), 'x'.bold(), 'x'.link('u'), 'x'.fontsize(3), 'x'.sub(), String.prototype.trimLeft === String.prototype.trimStart);
console.log(Map[Symbol.species] === Map, Set[Symbol.species] === Set, Symbol.prototype[Symbol.toPrimitive].call(Symbol.iterator) === Symbol.iterator);
const y = new Date(2000, 5, 15);
y.setYear(99);
console.log(y.getFullYear(), y.setYear(2005), new Date(NaN).setYear(1990) === new Date(1990, 0, 1).getTime());
