// The require cache, `module`, `__filename` and `__dirname`.
const path = require('path');
console.log(path.basename(__filename), path.basename(__dirname));
console.log(require.main === module, module.id, module.filename === __filename);
console.log(module.loaded, module.children.length, Array.isArray(module.paths));

const counter = require('./mods/counter');
const key = require.resolve('./mods/counter');
console.log(require.cache[key].exports === counter, require.cache[key].loaded);
console.log(module.children.length, module.children[0].id === key);
console.log(require.cache[key].parent === module);

counter.increment();
delete require.cache[key];
const fresh = require('./mods/counter');
console.log(fresh === counter, fresh.increment());
console.log(Object.keys(require).sort().join(','));
