// An exception thrown inside a generator propagates to next() and finishes the generator.
function* g() { yield 1; throw new Error('inside'); }
const it = g();
console.log(it.next());
try { it.next(); } catch (e) { console.log('caught', e.message); }
console.log(it.next());
function* guarded() { try { yield 'a'; } finally { console.log('finally on throw'); } }
const gi = guarded();
gi.next();
try { gi.throw(new Error('injected')); } catch (e) { console.log('propagated', e.message); }
console.log(gi.next().done);
