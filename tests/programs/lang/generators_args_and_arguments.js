// Generators receive arguments lazily: defaults run at the call, the body at the first next().
const log = [];
function* g(a = (log.push('default'), 1)) { log.push('body'); yield a + arguments.length; }
const it = g();
log.push('created');
console.log(it.next().value, log.join(','));
const gen = function* () { yield* arguments; };
console.log([...gen('x', 'y')]);
