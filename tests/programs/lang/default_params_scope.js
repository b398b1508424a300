// Default parameters are evaluated at call time, left to right, in their own scope.
let calls = 0;
function f(a = ++calls, b = a * 10) { return [a, b]; }
console.log(f(), f(), f(7), f(undefined, 1), f(null));
function g(x = y, y = 2) { return [x, y]; }
try { g(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(g(1));
const z = 'outer';
function h(a = () => z) { const z = 'inner'; return a(); }
console.log(h());
