// JSON.stringify with a replacer function, a key whitelist and indentation.
const data = { name: 'n', age: 3, nested: { x: 1, y: [1, 2] } };
console.log(JSON.stringify(data, (k, v) => (typeof v === 'number' ? v * 10 : v)));
console.log(JSON.stringify(data, ['name', 'nested', 'x']));
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify([1, { a: [] }, {}], null, '--'));
console.log(JSON.stringify({ a: 1 }, null, 20) === JSON.stringify({ a: 1 }, null, 10));
