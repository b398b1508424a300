exports.name = 'b';
exports.done = false;
const a = require('./cycle_a');
console.log('in b, a.done =', a.done, 'a.name =', a.name);
exports.done = true;
