class A { #a; #a() {} }
