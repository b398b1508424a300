class A { static { return } }
