// Spread requires an iterator, Array.from also accepts array-likes; strings iterate code points.
const arrayLike = { 0: 'a', 1: 'b', length: 2 };
console.log(Array.from(arrayLike));
try { console.log([...arrayLike]); } catch (e) { console.log(e.constructor.name); }
function args() { return [...arguments]; }
console.log(args(1, 2), [...'👍🏽'].length, Array.from('👍🏽').length, '👍🏽'.length);
const m = new Map([[1, 'a']]);
console.log([...m], [...m.keys()], [...m.values()], [...new Set('hello')].join(''));
