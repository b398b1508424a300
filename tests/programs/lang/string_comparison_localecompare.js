// String ordering by code unit versus localeCompare.
const words = ['banana', 'Apple', 'cherry', 'apple', 'Banana'];
console.log([...words].sort());
console.log([...words].sort((a, b) => a.localeCompare(b)));
console.log('a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'));
