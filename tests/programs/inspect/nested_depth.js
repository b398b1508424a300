console.log({ a: { b: { c: { d: 1 } } } });
console.log([[[[1]]]]);
console.log({ a: [{ b: [1, { c: 2 }] }] });
console.log({ x: 1, y: 'two', z: [3, 4], w: { v: null, u: undefined } });
console.log([]);
console.log({});
console.log([{}, []]);
