// Computed-member reads and writes (`o[key]`, `o[key] = v`, `o[key] |= v`,
// `o[key]++`) with symbol and string keys: each site below is run on several
// objects and under changing conditions, so a cached answer that went stale
// would show. The file is sloppy code; strict cases are in strict functions.

const kState = Symbol('kState');
const kOther = Symbol('kOther');
const log = [];

// One site, objects of different layouts (the key at different slots, or
// inherited, or absent).
class A { constructor() { this[kState] = 1; this.x = 0; } }
class B { constructor() { this.y = 0; this.z = 0; this[kState] = 2; } }
const proto = { [kState]: 3 };
const shapes = [new A(), new B(), Object.create(proto), {}, new A()];
function readState(o) { return o[kState]; }
for (let round = 0; round < 3; round++) {
  console.log(shapes.map(readState).join(','));
}

// String keys, literal and computed, on the same objects.
const name = 'x';
console.log(shapes[0][name], shapes[0]['x'], shapes[1]['y' + ''], shapes[3]['nope']);

// Writes and compound writes through one site on several layouts.
function bump(o) { o[kState] |= 4; o[kState] &= ~1; o[kState] += 10; o[kState]++; return o[kState]; }
console.log(shapes.map(bump).join(','));
console.log(Object.getOwnPropertySymbols(shapes[2]).length, proto[kState]);

// A getter and a setter under a computed key, own and inherited.
const acc = {
  get [kOther]() { log.push('get'); return this._v; },
  set [kOther](v) { log.push('set ' + v); this._v = v; },
  _v: 5,
};
const child = Object.create(acc);
for (const o of [acc, child, acc]) {
  o[kOther] = o[kOther] + 1;
  o[kOther] |= 8;
  o[kOther]++;
}
console.log(log.join(' | '), acc._v, child._v, Object.keys(child).join());
log.length = 0;

// Key objects: the key expression is evaluated once, converted once, and
// (for `o[k] = v`) only after the right-hand side.
const keyObj = {
  [Symbol.toPrimitive](hint) { log.push('toPrimitive ' + hint); return 'p'; },
};
const strKey = { toString() { log.push('toString'); return 'q'; }, valueOf() { log.push('valueOf'); return 7; } };
const target = {};
target[keyObj] = (log.push('rhs'), 1);
target[strKey] = (log.push('rhs'), 2);
log.push('read ' + target[keyObj] + target[strKey]);
console.log(log.join(' | '));
log.length = 0;
let count = 0;
function nextKey() { count++; return kState; }
const t2 = { [kState]: 1 };
t2[nextKey()] += 1;
t2[nextKey()]++;
t2[nextKey()] = t2[nextKey()] * 10;
console.log(count, t2[kState]);

// Null and undefined bases: the TypeError comes before the key is converted.
for (const f of [
  () => null[strKey],
  () => undefined['y'],
  () => null[kState],
  () => { null[strKey] = (log.push('rhs'), 1); },
  () => { undefined[strKey] += (log.push('rhs'), 1); },
  () => { undefined[0] = 1; },
  () => { let u; u[kState] |= 1; },
]) {
  try { f(); } catch (e) { log.push(e.constructor.name + ': ' + e.message); }
}
console.log(log.join('\n'));
log.length = 0;

// Arrays and strings with numeric-string keys, and their length.
const arr = [10, 20, 30];
const idx = ['0', '2', 'length', '5', 1];
console.log(idx.map((k) => arr[k]).join(','), idx.map((k) => 'abc'[k]).join(','));
arr['1'] = 21; arr['3'] = 40; arr['length'] = 5; arr[kState] = 'sym';
arr['0'] += 1; arr['4'] |= 3;
console.log(JSON.stringify(arr), arr.length, arr[kState]);
const bytes = Buffer.from([1, 2, 3]);
bytes['1'] += 255; bytes['7'] = 9;
console.log(bytes['1'], bytes['7'], bytes.length);

// Frozen and non-writable properties: strict code throws, sloppy code ignores.
const frozen = Object.freeze({ [kState]: 1, s: 2 });
function sloppy(o, k) { o[k] = 99; o[k] |= 2; o[k]++; return o[k]; }
console.log(sloppy(frozen, kState), sloppy(frozen, 's'), sloppy(Object.freeze([1]), '0'));
for (const f of [function () { 'use strict'; frozen[kState] = 2; },
  function () { 'use strict'; frozen['s'] |= 1; },
  function () { 'use strict'; frozen[kOther] = 1; },
  function () { 'use strict'; Object.freeze([1])['0']++; }]) {
  try { f(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
const ro = {};
Object.defineProperty(ro, kState, { value: 1, writable: false, configurable: true });
try { (function () { 'use strict'; ro[kState] += 1; })(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
Object.defineProperty(ro, kState, { value: 1, writable: true });
ro[kState] += 1;
console.log(ro[kState]);

// A key added to the prototype later, then shadowed, then deleted.
class P {}
const ps = [new P(), new P()];
function readP(o) { return o[kOther]; }
console.log(ps.map(readP).join(','));
P.prototype[kOther] = 'inherited';
console.log(ps.map(readP).join(','));
ps[0][kOther] = 'own';
console.log(ps.map(readP).join(','));
delete ps[0][kOther];
P.prototype[kOther] = 'changed';
console.log(ps.map(readP).join(','));
Object.defineProperty(P.prototype, kOther, { get() { return 'getter'; }, configurable: true });
console.log(ps.map(readP).join(','));
// A read-only inherited key refuses a write to the instance.
Object.defineProperty(P.prototype, kState, { value: 0, writable: false });
ps[1][kState] = 6;
try { (function () { 'use strict'; ps[1][kState] = 5; })(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(ps[1][kState], Object.getOwnPropertySymbols(ps[1]).length);
