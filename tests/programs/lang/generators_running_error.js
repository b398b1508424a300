// Re-entering a running generator throws; a finished generator keeps returning done.
let self;
function* g() { try { self.next(); } catch (e) { yield e.constructor.name + ': ' + e.message; } }
self = g();
console.log(self.next().value);
console.log(self.next(), self.next());
