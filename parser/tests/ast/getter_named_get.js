const o = { get get() { return 1; }, set set(v) {} };
