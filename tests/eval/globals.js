// Code given with -e/-p or on stdin runs as a script in the global scope.
var fromVar = 'a global';
let fromLet = 'script scope';
console.log(globalThis.fromVar, typeof globalThis.fromLet, fromLet);
console.log(this === globalThis, __filename, __dirname, module.id, typeof require);
console.log(process.argv.slice(1));
console.log(require('path').basename('/x/y.js'));
({ completion: fromVar, list: [1, 2] });
