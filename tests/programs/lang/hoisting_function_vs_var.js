// Function declarations win over var declarations of the same name until the var is assigned.
console.log(typeof both);
var both = 'var value';
function both() {}
console.log(typeof both);
function inner() {
  return typeof helper;
  function helper() {}
}
console.log(inner());
console.log(typeof later, later);
var later = 1;
