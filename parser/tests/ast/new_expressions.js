new A;
new A();
new a.b.C(1);
new new X()();
new (f())();
