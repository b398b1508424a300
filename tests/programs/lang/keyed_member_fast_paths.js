// Computed members with a symbol or string key read from a variable, and
// compound assignments and updates on members, where the evaluator takes
// its in-place fast paths: each case checks a property they must not handle.
'use strict';
const k = Symbol('kState');
const name = 'flags';
const kF = 4;

// Plain data properties: read, compound, update.
const s = { length: 0, [k]: 1, flags: 2 };
s[k] |= kF;
s[name] |= kF;
s[k] &= ~1;
s.length += 3;
s.length++;
++s[k];
s[name]--;
console.log(s[k], s[name], s.length, s[k]++, --s.length, s[k]);

// A getter and a setter under a symbol key run once per read and write.
let reads = 0;
let writes = 0;
const g = {
  get [k]() { reads++; return 8; },
  set [k](v) { writes++; this.seen = v; },
};
g[k] |= 1;
g[k]++;
console.log(g[k], g.seen, reads, writes);

// Inherited numbers are read from the prototype and written to the object.
const proto = { [k]: 16, count: 5 };
const child = Object.create(proto);
child[k] |= 1;
child.count += 1;
console.log(child[k], proto[k], child.count, proto.count, Object.getOwnPropertySymbols(child).length);

// Frozen and read-only properties refuse the write (strict code throws).
const frozen = Object.freeze({ [k]: 1, n: 1 });
for (const f of [() => { frozen[k] |= 2; }, () => { frozen.n += 1; }, () => { frozen[k]++; }]) {
  try { f(); } catch (e) { console.log(e.constructor.name, e.message); }
}
console.log(frozen[k], frozen.n);
const ro = {};
Object.defineProperty(ro, k, { value: 3, writable: false });
try { ro[k] += 1; } catch (e) { console.log(e.constructor.name, e.message); }
console.log(ro[k]);

// A deleted property, then one added back at another slot.
const d = { a: 1, [k]: 2, b: 3 };
function bump(o) { o[k] |= 8; return o[k]; }
console.log(bump(d), bump(d));
delete d.a;
console.log(bump(d), Object.getOwnPropertySymbols(d).length);
delete d[k];
console.log(bump(d), d[k]);

// Non-numbers go the general way: strings concatenate, objects convert.
const m = { [k]: 'a', v: { valueOf() { return 41; } } };
m[k] += 'b';
m.v += 1;
console.log(m[k], m.v);

// Arrays, strings and Buffers keep their own rules for index keys and length.
const arr = [1, 2, 3];
const i1 = '1';
arr[i1] |= 8;
arr.length -= 1;
arr[k] = 1;
arr[k] += 1;
console.log(arr, arr[k]);
const u8 = Buffer.alloc(2);
const i0 = '0';
u8[i0] += 300;
console.log(u8[i0], u8.length);
const str = 'hey';
const len = 'length';
console.log(str[len], str[i1]);

// Functions: `length` and `name` are read-only.
function fn(a, b) {}
try { fn.length += 1; } catch (e) { console.log(e.constructor.name); }
console.log(fn.length);

// Null and undefined bases still throw before the key is used.
const nothing = null;
try { nothing[k] |= 1; } catch (e) { console.log(e.constructor.name, e.message); }
try { nothing.x++; } catch (e) { console.log(e.constructor.name, e.message); }

// __proto__ through a computed string key is the accessor, not a data property.
const pk = '__proto__';
const p2 = {};
const withProto = {};
withProto[pk] = p2;
console.log(Object.getPrototypeOf(withProto) === p2, withProto[pk] === p2);

// Large numbers: the old value of a postfix update is exact.
const big = { n: 2 ** 53 };
console.log(big.n++, big.n);
