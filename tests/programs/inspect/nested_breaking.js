const data = {
  users: [
    { id: 1, name: 'Alice', roles: ['admin', 'user'], profile: { age: 30, city: 'Paris' } },
    { id: 2, name: 'Bob', roles: ['user'], profile: { age: 25, city: 'London' } },
  ],
  total: 2,
};
console.log(data);
console.log({ matrix: [[1, 2, 3], [4, 5, 6], [7, 8, 9]] });
console.log([['a', 'b'], ['c', 'd']]);
const words = 'the quick brown fox jumps over the lazy dog again and again until done'.split(' ');
console.log({ words });
console.log(new Map([['config', { verbose: true, level: 3, targets: ['a', 'b', 'c'] }], ['other', 'value that is a bit longer than usual']]));
console.log([undefined, null, NaN, -0, 0, 'x'.repeat(20), { deeply: { nested: { thing: 1 } } }]);
