// JSON.stringify skips undefined/functions/symbols in objects, nulls them in arrays, calls toJSON.
console.log(JSON.stringify({ a: undefined, b: () => 1, c: Symbol(), d: null, e: NaN, f: Infinity, g: -0 }));
console.log(JSON.stringify([undefined, () => 1, Symbol(), NaN]), JSON.stringify(undefined), JSON.stringify(() => 1));
console.log(JSON.stringify({ toJSON() { return { replaced: true }; } }), JSON.stringify({ d: { toJSON(key) { return 'key=' + key; } } }));
console.log(JSON.stringify('he said "hi"\n'), JSON.stringify('\u2028\ud800'), JSON.stringify(new String('boxed')), JSON.stringify([new Number(3), new Boolean(false)]));
const cyc = {}; cyc.self = cyc;
try { JSON.stringify(cyc); } catch (e) { console.log(e.constructor.name, e.message.split('\n')[0]); }
