// Recursion: calls, argument passing, returns. fib(30) = 832040.
var log = typeof console !== "undefined" ? console.log : print;
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
log(fib(30));
