// Named function expressions bind their name inside only, and that binding is read-only.
const fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
console.log(fact(5), typeof f);
const g = function self() { self = 1; return typeof self; };
console.log(g());
const iife = (function () { return 'iife'; })();
const iife2 = (() => 'arrow iife')();
console.log(iife, iife2, !function () { return 0; }());
