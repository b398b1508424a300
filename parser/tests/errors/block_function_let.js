{ function f(){} let f; }
