f(a;
