class A { m() { var let; } }
