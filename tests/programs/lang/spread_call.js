// Spread in calls accepts any iterable, can appear many times and mixes with normal args.
function f(...args) { return args.join(','); }
console.log(f(...[1, 2], 3, ...'ab', ...new Set([4, 4, 5])));
console.log(Math.max(...[3, 8, 1]), Math.min(...[]));
console.log(f(...[]), f(...new Map([[1, 'one']])));
try { f(...5); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { f(...{}); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
