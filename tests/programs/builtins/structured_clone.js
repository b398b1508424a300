// structuredClone for plain data: deep copies with shared references and
// cycles preserved, and DataCloneError for what cannot be cloned.
const shared = { n: 1 };
const src = {
  num: 1.5, str: 'text', bool: true, nil: null, undef: undefined, neg: -0,
  arr: [1, 'two', [3, [4]], shared, shared],
  map: new Map([['k', shared], [shared, 'v']]),
  set: new Set([1, shared, 'x']),
  date: new Date(Date.UTC(2020, 1, 29, 12)),
  re: /ab+c/gi,
  wrapped: [new Number(3), new String('ab'), new Boolean(false)],
};
src.self = src;
const c = structuredClone(src);
console.log(c !== src, c.self === c, c.arr[3] === c.arr[4], c.arr[3] !== shared);
console.log(c.map.get('k') === c.arr[3], c.map.has(c.arr[3]), [...c.set].includes(c.arr[3]));
console.log(c.date instanceof Date, c.date.toISOString(), c.date !== src.date);
console.log(c.re instanceof RegExp, String(c.re), c.re.lastIndex, Object.is(c.neg, -0), 'undef' in c);
console.log(c.num, c.str, c.bool, c.nil, c.arr[2][1][0], typeof c.wrapped[0], c.wrapped[1].length, c.wrapped[2].valueOf());
console.log(Object.keys(c).join());
// Class instances lose their prototype; getters are read; symbols and
// non-enumerable properties are dropped; holes and extra array properties stay.
class Point { constructor() { this.x = 1; } get y() { return 2; } }
const p = structuredClone(new Point());
console.log(p, p.constructor === Object, p.y);
const o = { get g() { return 7; }, [Symbol('s')]: 1 };
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
console.log(structuredClone(o), Object.getOwnPropertyNames(structuredClone(o)));
const holes = [1, , 3];
holes.extra = 'x';
const hc = structuredClone(holes);
console.log(hc.length, 1 in hc, hc.extra, Array.isArray(hc));
// Errors keep their kind, message and cause; other properties go.
const e = new RangeError('boom', { cause: { why: 'because' } });
e.extra = 5;
const ec = structuredClone(e);
console.log(ec instanceof RangeError, ec.name, ec.message, ec.cause, ec.extra, ec !== e, ec.stack === e.stack);
class MyError extends Error {}
const me = structuredClone(new MyError('mine'));
console.log(me.constructor === Error, me.message, Object.getPrototypeOf(me) === Error.prototype);
const renamed = new TypeError('t');
renamed.name = 'Custom';
console.log(structuredClone(renamed).name, structuredClone(new SyntaxError('s')).name);
// Primitives come back as they are.
console.log(structuredClone(42), structuredClone('s'), structuredClone(null), structuredClone(undefined), structuredClone(NaN));
// What cannot be cloned.
for (const bad of [() => 1, function named() {}, Symbol('sym'), { f() {} }, [Promise.resolve()], new WeakMap(), new WeakSet(), { s: Symbol.iterator }]) {
  try {
    structuredClone(bad);
    console.log('cloned?');
  } catch (err) {
    console.log(err.name, '|', err.message, '|', err.code, err instanceof Error, err.constructor.name);
  }
}
try { structuredClone(); } catch (err) { console.log(err.name, err.message); }
console.log(typeof DOMException, structuredClone.length, structuredClone.name, DOMException.DATA_CLONE_ERR);
const de = new DOMException('msg', 'NotFoundError');
console.log(de.name, de.message, de.code, de instanceof Error, Object.prototype.toString.call(de));
