// Unbounded recursion throws a catchable RangeError; the program keeps running afterwards.
function down(n) { return down(n + 1) + 1; }
try { down(0); } catch (e) { console.log(e.constructor.name + ': ' + e.message, e instanceof RangeError); }
const o = { get loop() { return this.loop; } };
try { o.loop; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
console.log(fact(20), fact(170) > 1e306);
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(1000));
