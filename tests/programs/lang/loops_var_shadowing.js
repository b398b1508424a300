// A var declared in a loop is function-scoped; let in the body is fresh per iteration.
function f() {
  for (var i = 0; i < 3; i++) { var last = i; let inner = i * 2; }
  return [i, last, typeof inner];
}
console.log(f());
function g(a) { var a; return a; }
function h(a) { var a = 'reassigned'; return [a, arguments[0]]; }
console.log(g('param kept'), h('orig'));
