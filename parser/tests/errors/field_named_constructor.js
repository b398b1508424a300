class A { constructor = 1 }
