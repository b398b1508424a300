// Array methods that make a new array from an array-like with a length past
// 2^32 - 1 throw node's RangeError instead of trying to allocate it (and a
// callback that is not callable is still the first error).
const huge = { 0: 'a', 1: 'b', length: 2 ** 32 };
const tries = {
  map: () => Array.prototype.map.call(huge, (x) => x),
  mapNotCallable: () => Array.prototype.map.call(huge, 5),
  toReversed: () => Array.prototype.toReversed.call(huge),
  with: () => Array.prototype.with.call(huge, 0, 'z'),
  newArray: () => new Array(2 ** 32),
  small: () => Array.prototype.map.call({ 0: 1, length: 2 }, (x) => x * 2),
};
for (const [name, f] of Object.entries(tries)) {
  try { console.log(name, f()); } catch (e) { console.log(name, e.name, e.message); }
}
