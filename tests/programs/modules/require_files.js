// require of relative files, with and without extension, JSON, folders.
const counter = require('./mods/counter');
const again = require('./mods/counter.js');
console.log(counter === again, counter.increment(), again.increment(), counter.loadedAs);

const greet = require('./mods/replace_exports');
console.log(typeof greet, greet('node'), greet.kind, greet.lost);

const data = require('./mods/data.json');
console.log(data, data === require('./mods/data'));

console.log(require('./mods/pkg_main'));
console.log(require('./mods/pkg_index'));
console.log(require('./mods/pkg_index/'));

const thisMod = require('./mods/this_is_exports');
console.log(thisMod, typeof topLevel);

const absolute = require(__dirname + '/mods/counter.js');
console.log(absolute === counter, absolute.increment());
