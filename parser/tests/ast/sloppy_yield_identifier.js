var yield = 1;
yield * 2;
function f() { return yield; }
