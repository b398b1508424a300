const o = { [a + b]: 1, ['c']() {}, get [d]() { return 1; } };
