// The catch parameter is block-scoped and can be destructured.
var e = 'outer';
try { throw new Error('inner'); } catch (e) { var e2 = e.message; }
console.log(e, e2);
try { throw { code: 404, msg: 'nf' }; } catch ({ code, msg }) { console.log(code, msg); }
try { throw [1, 2]; } catch ([a, b]) { console.log(a + b); }
