console.log({ 'a-b': 1, a_b: 2, $c: 3, '1x': 4, 12: 5, 'with space': 6, '': 7, "it's": 8 });
console.log({ [Symbol('foo')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, plain: 4 });
console.log({ é: 1, ñandú: 2 });
