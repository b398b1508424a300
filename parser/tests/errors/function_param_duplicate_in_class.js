class A { m(a, a) {} }
