x = -a + +b - ~c + !d;
typeof x; void 0; delete o.p;
++i; i--;
