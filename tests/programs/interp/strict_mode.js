'use strict';
// Strict mode: undeclared assignment throws, this is undefined in plain calls, frozen writes throw.
try {
  undeclared = 1;
} catch (e) {
  console.log(e.name, e.message);
}
function whoAmI() {
  return this;
}
console.log(whoAmI(), whoAmI.call(null), typeof whoAmI.call(1));
const frozen = Object.freeze({ a: 1, nested: { b: 2 } });
try {
  frozen.a = 2;
} catch (e) {
  console.log(e.name, e.message);
}
frozen.nested.b = 3;
console.log(frozen);
try {
  delete frozen.a;
} catch (e) {
  console.log(e.name, e.message);
}
