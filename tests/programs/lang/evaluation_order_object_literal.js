// Object and array literal parts evaluate in source order, including computed keys and spreads.
const log = [];
const t = (tag, v) => { log.push(tag); return v; };
const o = { [t('k1', 'a')]: t('v1', 1), ...t('spread', { s: 1 }), [t('k2', 'b')]: t('v2', 2) };
const arr = [t('e0', 0), ...t('arrSpread', [1, 2]), t('e3', 3)];
console.log(log.join(' '));
console.log(Object.keys(o), arr);
