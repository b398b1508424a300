class A { #a; #a }
