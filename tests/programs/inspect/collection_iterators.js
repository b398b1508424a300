// A Map or Set iterator shows what it has yet to give, without giving it,
// as node: [Map Entries], [Map Iterator], [Set Entries], [Set Iterator].
const m = new Map([[1, 'a'], [2, 'b']]);
const it = m.entries(); it.next();
console.log(it, m.values(), new Set([1, 2]).entries(), new Set([1]).values());
const d = m.keys(); d.next(); d.next(); d.next(); console.log(d);
console.log([m.keys()], { k: m.values() }, new Map([[{ a: 1 }, [1, 2]]]).entries());
const big = new Set(Array.from({ length: 105 }, (_, i) => i));
console.log(require('util').inspect(big.values(), { maxArrayLength: 3 }));
const nested = new Map([['x', new Map([[1, { deep: { deeper: {} } }]])]]);
console.log(nested.entries());
console.log([...it], d.next());
