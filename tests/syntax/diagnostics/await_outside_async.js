function* g() {}
function f() { yield 1; }
const x = () => { await y; };
