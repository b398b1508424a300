// apply accepts array-likes and null/undefined; call with no arguments passes undefined this.
function show() { return [typeof this, arguments.length, ...arguments].join(' '); }
console.log(show.apply(null, { length: 2, 0: 'a', 1: 'b' }), show.apply(undefined, undefined), show.call());
function strictShow() { 'use strict'; return String(this); }
console.log(strictShow.call(), strictShow.apply(null), strictShow.call(7));
try { show.apply(null, 5); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
