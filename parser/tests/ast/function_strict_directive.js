function f() {
  'use strict';
  return g;
  function g() {}
}
function h() { return 1; }
