// In CommonJS, top-level var stays module-local; assignment to undeclared names creates globals.
var moduleVar = 1;
console.log(globalThis.moduleVar);
implicitGlobal = 'created';
console.log(globalThis.implicitGlobal, typeof implicitGlobal);
globalThis.viaGlobal = 7;
console.log(viaGlobal);
console.log(typeof module, typeof exports, this === module.exports);
