// `global` is node's name for the global object: the same object as
// globalThis, where top-level `var`s of a module do not go but assignments do.
console.log(typeof global, global === globalThis, global.global === global);
global.answer = 42;
console.log(answer, globalThis.answer);
var local = 1;
console.log(global.local, typeof global.setTimeout, typeof global.process);
