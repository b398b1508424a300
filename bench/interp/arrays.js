// Arrays: push onto a growing array, then index it in loops.
var log = typeof console !== "undefined" ? console.log : print;
var a = [];
for (var i = 0; i < 1000000; i++) {
  a.push(i * 2);
}
var sum = 0;
for (var round = 0; round < 5; round++) {
  for (var j = 0; j < a.length; j++) {
    sum = (sum + a[j]) % 1000003;
  }
}
log(a.length, sum);
