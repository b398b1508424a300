// Property descriptors: defaults for defineProperty vs assignment, defineProperties and getOwnPropertyDescriptors.
const o = { a: 1 };
Object.defineProperty(o, 'b', { value: 2 });
const show = (d) => [d.value, d.writable, d.enumerable, d.configurable].join(',');
console.log(show(Object.getOwnPropertyDescriptor(o, 'a')), show(Object.getOwnPropertyDescriptor(o, 'b')));
Object.defineProperties(o, { c: { value: 3, enumerable: true }, d: { get() { return 4; } } });
const all = Object.getOwnPropertyDescriptors(o);
console.log(Object.keys(all), typeof all.d.get, all.d.set, Object.keys(o));
console.log(Object.getOwnPropertyDescriptor(o, 'missing'), Object.getOwnPropertyDescriptor([], 'length').writable);
try { Object.defineProperty(o, 'b', { value: 5 }); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { Object.defineProperty(1, 'x', {}); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
