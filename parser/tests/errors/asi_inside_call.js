f(a
b)
