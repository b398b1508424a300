// An uncaught error thrown while a module loads names that module's file.
console.log('before');
require('./mods/thrower');
console.log('not reached');
