// Comma, conditional chains, and evaluation order.
const log = [];
function t(name, v) {
  log.push(name);
  return v;
}
const r = (t('a', 1), t('b', 2));
const c = t('c', false) ? t('d', 1) : t('e', 0) ? t('f', 1) : t('g', 'last');
t('h', 1) + t('i', 2) * t('j', 3);
const obj = {};
obj[t('k', 'key')] = t('l', 'val');
console.log(r, c, log.join(''), obj);
let i = 0;
const arr = [i++, i++, i];
console.log(arr, i++ + ++i, i);
