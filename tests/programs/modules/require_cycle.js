// Circular requires: a module still loading hands out its partial exports.
console.log('main starting');
const a = require('./mods/cycle_a');
const b = require('./mods/cycle_b');
console.log('in main, a.done =', a.done, 'b.done =', b.done);
