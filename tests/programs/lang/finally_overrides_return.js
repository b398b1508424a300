// A return/throw/break in finally overrides the try or catch completion.
function f1() { try { return 'try'; } finally { return 'finally'; } }
function f2() { try { throw new Error('lost'); } finally { return 'finally wins'; } }
function f3() { try { return 'try'; } finally { console.log('finally runs before return'); } }
function f4() { let x = 1; try { return x; } finally { x = 2; } }
function f5() { for (;;) { try { return 'never'; } finally { break; } } return 'after loop'; }
function f6() { try { return 'try'; } finally { throw new Error('from finally'); } }
console.log(f1(), f2(), f3(), f4(), f5());
try { f6(); } catch (e) { console.log(e.message); }
