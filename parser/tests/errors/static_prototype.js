class A { static prototype(){} }
