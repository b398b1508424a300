class A { m() { #a in this } }
