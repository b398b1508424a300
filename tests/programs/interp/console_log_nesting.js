// Deeply nested structures print like node: depth limit, line breaks and grouping.
const deep = { level1: { level2: { level3: { level4: 'too deep' } } }, list: [[1, [2, [3, [4]]]]] };
console.log(deep);
const people = [
  { name: 'Alice', age: 30, tags: ['admin', 'dev'] },
  { name: 'Bob', age: 25, tags: [] },
];
console.log(people);
console.log({ fn() {}, arrow: () => 1, cls: class Foo {}, sym: Symbol('s'), nul: null, undef: undefined });
console.log([['a', 1], ['b', 2]], [{}, [], ''], { '': 'empty key', 'a b': 1, 1: 'one', _ok: 2, $d: 3 });
console.log(new Array(5).fill('x'), Array.from({ length: 8 }, (_, i) => 'item' + i));
console.log([1.5, -2, 1e21, 0.0001, 123456], [true, false, null], [[], [[]], {}]);
