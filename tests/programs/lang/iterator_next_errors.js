// Iterators whose next() returns a non-object, or whose [Symbol.iterator] is not a function, throw TypeError.
const bad = { [Symbol.iterator]() { return { next() { return 1; } }; } };
try { for (const x of bad) {} } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
const notIter = { [Symbol.iterator]: 5 };
try { for (const x of notIter) {} } catch (e) { console.log(e.constructor.name); }
const retObj = { [Symbol.iterator]() { return 3; } };
try { [...retObj]; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
