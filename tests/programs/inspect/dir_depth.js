const deep = { l1: { l2: { l3: { l4: { l5: 'bottom' } } } } };
console.dir(deep, { depth: 0 });
console.dir(deep, { depth: 1 });
console.dir(deep, { depth: null });
console.dir(deep, { depth: Infinity });
console.dir('a string');
console.dir([deep]);
