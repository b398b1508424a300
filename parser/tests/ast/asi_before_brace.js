function f() { return 1 }
{ a }
