x = (a, b
