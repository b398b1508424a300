// WeakMap and WeakSet accept only objects as keys.
const wm = new WeakMap();
const k = {};
wm.set(k, 'v');
console.log(wm.get(k), wm.has(k), wm.has({}), wm.delete(k), wm.has(k));
const ws = new WeakSet([k]);
console.log(ws.has(k));
try { wm.set('str', 1); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { ws.add(1); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
