while (1) function f(){}
