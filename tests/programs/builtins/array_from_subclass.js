// Array.from and Array.of construct `this` when it is a constructor, so
// subclasses get instances of themselves; otherwise a plain array.
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
const a = Stack.from([1, 2, 3]);
console.log(a instanceof Stack, a.constructor.name, a.length, a.peek(), Array.isArray(a));
const b = Stack.of(7, 8);
console.log(b instanceof Stack, b.length, b.peek());
const c = Stack.from({ length: 2, 0: 'x', 1: 'y' }, (v, i) => v + i);
console.log(c instanceof Stack, c.join());
const d = Stack.from(new Set(['p', 'q']));
console.log(d instanceof Stack, d.peek());
console.log(Stack.from('hi').peek(), Stack.of().length);
// A non-constructor `this` falls back to Array.
const plainFrom = Array.from.call(undefined, [1, 2]);
const plainOf = Array.of.call(() => {}, 1, 2);
console.log(plainFrom.constructor === Array, plainOf.constructor === Array, plainOf);
// Any constructor works: its instance gets the elements and a length.
function Box() { this.made = true; }
const box = Array.from.call(Box, [5, 6]);
console.log(box instanceof Box, box.made, box.length, box[0], box[1]);
const box2 = Array.of.call(Box, 'a');
console.log(box2 instanceof Box, box2.length, box2[0]);
const box3 = Array.from.call(Box, { length: 3, 1: 'm' });
console.log(box3.length, box3[1], 0 in box3);
// map produces the subclass too (species), and the mapper gets (value, index).
console.log(a.map(x => x * 2) instanceof Stack, Stack.from([1, 2], function (v) { return v * this.k; }, { k: 10 }).join());
try { Array.from([1], 'nope'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
