// Closures: creating functions that capture variables and calling them.
var log = typeof console !== "undefined" ? console.log : print;
function counter(start) {
  var n = start;
  return function (k) {
    n += k;
    return n;
  };
}
var total = 0;
for (var i = 0; i < 300000; i++) {
  var c = counter(i);
  c(1);
  total += c(2) % 13;
}
log(total);
