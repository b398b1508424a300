class A { get constructor(){} }
