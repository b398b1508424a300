function f({ a, b = 2 }, [c, d], ...rest) {}
