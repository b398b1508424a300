// A module with state: every require of it shares one instance.
let count = 0;
exports.increment = () => ++count;
exports.loadedAs = require('path').basename(__filename);
