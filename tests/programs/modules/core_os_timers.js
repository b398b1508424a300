// os and timers: machine facts whose values differ between machines are
// checked for shape, not printed.
const os = require('os');
console.log(os === require('node:os'), JSON.stringify(os.EOL), os.platform());
console.log(typeof os.tmpdir(), os.tmpdir().length > 0, os.tmpdir().endsWith('/'));
console.log(os.homedir().length > 0);
console.log(typeof os.hostname(), os.hostname().length > 0);
console.log(Array.isArray(os.cpus()), os.cpus().length > 0);

const timers = require('timers');
console.log(timers === require('node:timers'));
console.log(timers.setTimeout === setTimeout, timers.clearInterval === clearInterval);
// Inside a timer callback, an immediate always runs before the next timer.
timers.setTimeout(() => {
  console.log('timeout via timers');
  timers.setTimeout(() => console.log('second timeout'), 0);
  timers.setImmediate(() => console.log('immediate via timers'));
}, 1);
