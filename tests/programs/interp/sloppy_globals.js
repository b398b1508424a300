// Sloppy mode: assigning an undeclared name creates a global; top-level var stays module-local.
implicitGlobal = 5;
var moduleLocal = 6;
console.log(globalThis.implicitGlobal, globalThis.moduleLocal, typeof implicitGlobal);
function setIt() {
  anotherGlobal = 'set inside';
}
setIt();
console.log(anotherGlobal, 'anotherGlobal' in globalThis);
globalThis.viaGlobalThis = 'gt';
console.log(viaGlobalThis);
