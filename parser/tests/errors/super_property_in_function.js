function f() { super.x }
