// Object.defineProperty with get/set and with writable/enumerable flags.
const o = {};
let backing = 0;
Object.defineProperty(o, 'x', { get() { return backing; }, set(v) { backing = v + 1; }, enumerable: true });
Object.defineProperty(o, 'ro', { value: 'fixed', writable: false, enumerable: false });
o.x = 1;
o.ro = 'changed';
console.log(o.x, o.ro, Object.keys(o), JSON.stringify(o));
'use strict';
const d = Object.getOwnPropertyDescriptor(o, 'ro');
console.log(d.writable, d.enumerable, d.configurable);
try { Object.defineProperty(o, 'ro', { value: 2 }); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
