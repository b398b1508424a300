// for-of over strings (by code point), arrays (live length), Maps, Sets and entries().
for (const ch of 'a😀b') console.log(ch, ch.length);
const arr = [1, 2];
for (const x of arr) { if (arr.length < 4) arr.push(x * 10); console.log('arr', x); }
for (const [k, v] of new Map([['one', 1], ['two', 2]])) console.log(k, v);
for (const v of new Set(['s', 's', 't'])) console.log('set', v);
for (const [i, v] of ['x', 'y'].entries()) console.log(i, v);
for (const v of [, 'hole']) console.log('hole?', v);
