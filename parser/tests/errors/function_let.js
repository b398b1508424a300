function f(){} let f;
