async function f() { await a; await (b, c); return await d; }
