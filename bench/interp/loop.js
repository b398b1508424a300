// Loops and arithmetic on numbers: a tight counting loop with mixed operators.
var log = typeof console !== "undefined" ? console.log : print;
var sum = 0;
for (var i = 0; i < 10000000; i++) {
  sum = (sum + i * 3 - (i % 7)) % 1000003;
}
log(sum);
