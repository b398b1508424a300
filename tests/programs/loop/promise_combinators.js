// all, allSettled, race and any (node 20 has no Promise.withResolvers).
const later = (v, ms) => new Promise((resolve) => setTimeout(() => resolve(v), ms));
const fail = (e, ms) => new Promise((_, reject) => setTimeout(() => reject(e), ms));
Promise.all([later('a', 20), 'b', later('c', 5)]).then((v) => console.log('all', v));
Promise.all([later('x', 5), fail(new Error('all fails'), 10)]).catch((e) => console.log('all rejects:', e.message));
Promise.all([]).then((v) => console.log('all of nothing', v));
Promise.allSettled([later(1, 5), fail(new Error('no'), 1), 3]).then((r) => {
  for (const x of r) console.log('settled', x.status, x.status === 'fulfilled' ? x.value : x.reason.message);
});
Promise.race([later('slow', 30), later('fast', 10)]).then((v) => console.log('race', v));
Promise.any([fail(new Error('e1'), 1), later('any wins', 15)]).then((v) => console.log('any', v));
Promise.any([fail(new Error('e1'), 1), fail(new Error('e2'), 2)]).catch((e) => {
  console.log('any rejects', e.constructor.name, e.message, e.errors.map((x) => x.message));
});
Promise.any([]).catch((e) => console.log('any of nothing', e.constructor.name, e.errors.length));
let resolve;
const promise = new Promise((r) => { resolve = r; });
promise.then((v) => console.log('resolved from outside', v));
setTimeout(() => resolve('resolved later'), 40);
Promise.all(new Set([1, Promise.resolve(2)])).then((v) => console.log('all over a Set', v));
Promise.race([]).then(() => console.log('race of nothing never settles'));
Promise.all(5).catch((e) => console.log('not iterable:', e.constructor.name));
