// A plain call gets globalThis in sloppy code and undefined in strict code.
function sloppy() { return this === globalThis; }
function strict() { 'use strict'; return this; }
console.log(sloppy(), strict());
console.log(sloppy.call(undefined), strict.call(undefined), strict.call(null));
function sloppyBox() { return typeof this; }
function strictPrim() { 'use strict'; return typeof this; }
console.log(sloppyBox.call(5), strictPrim.call(5), sloppyBox.call('s'), strictPrim.call(true));
