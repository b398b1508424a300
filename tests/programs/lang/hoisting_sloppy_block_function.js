// In sloppy code a block function is also assigned to a function-level var when the block runs (Annex B).
console.log(typeof f);
{
  function f() { return 'annex b'; }
}
console.log(typeof f, f());
if (false) { function never() {} }
console.log(typeof never);
if (true) function ifDecl() { return 'if-decl'; }
console.log(typeof ifDecl);
label: function labelled() {}
console.log(typeof labelled);
