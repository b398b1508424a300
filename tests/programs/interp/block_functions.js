// Function declarations inside blocks are block scoped (strict semantics) and hoisted within the block.
'use strict';
{
  console.log(typeof inner, inner());
  function inner() {
    return 'inner';
  }
}
console.log(typeof inner);
function outer() {
  return helper();
  function helper() {
    return 'hoisted helper';
  }
}
console.log(outer());
