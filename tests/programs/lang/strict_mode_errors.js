// Strict mode turns silent failures into TypeErrors and forbids undeclared assignment.
'use strict';
const cases = [
  () => { undeclaredVar = 1; },
  () => { Object.freeze([1]).push(2); },
  () => { const o = Object.freeze({ a: 1 }); o.a = 2; },
  () => { const o = Object.preventExtensions({}); o.b = 1; },
  () => { delete Object.prototype; },
  () => { 'abc'.length = 1; },
  () => { (5).x = 1; },
];
for (const c of cases) {
  try { c(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
