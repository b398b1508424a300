function f(a, [a]) {}
