const f = (a, b,) => a;
