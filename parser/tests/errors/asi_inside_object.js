x = {a
b}
