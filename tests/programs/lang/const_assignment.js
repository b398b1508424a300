// Assigning to a const throws TypeError, but its object contents stay mutable.
const c = 1;
try { c = 2; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { c++; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { for (const i = 0; i < 1; i++) {} } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
const o = { n: 1 };
o.n = 2;
console.log(c, o.n);
