if (1) class A {}
