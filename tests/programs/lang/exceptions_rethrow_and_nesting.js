// Errors pass through functions until caught; rethrowing keeps the same object.
function level3() { throw new RangeError('deep'); }
function level2() { try { level3(); } catch (e) { e.seenBy = 'level2'; throw e; } }
function level1() { try { level2(); } finally { console.log('level1 finally'); } }
let original;
try { level1(); } catch (e) { original = e; console.log(e.name, e.message, e.seenBy, e instanceof RangeError); }
try { try { throw original; } catch (e) { throw e; } } catch (e2) { console.log(e2 === original); }
function wrap() { try { level3(); } catch (e) { throw new Error('wrapped', { cause: e }); } }
try { wrap(); } catch (e) { console.log(e.message, e.cause.message, e.cause instanceof RangeError); }
