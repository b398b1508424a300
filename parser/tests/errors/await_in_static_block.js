class A { static { await 1 } }
