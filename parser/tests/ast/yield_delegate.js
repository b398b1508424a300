function* g() { yield* inner(); yield yield 1; }
