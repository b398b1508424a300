// A rejection with a value that is not an Error is reported too (exit 1).
console.log('start');
new Promise((_, reject) => reject(42));
