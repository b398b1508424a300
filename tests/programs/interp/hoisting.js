// var and function declarations are hoisted.
console.log(typeof f, v);
var v = 3;
function f() {
  return 'f';
}
console.log(f(), v);
console.log(typeof notDeclared);
