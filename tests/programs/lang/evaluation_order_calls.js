// Callee, receiver and arguments are evaluated left to right before the call.
const log = [];
const t = (tag, v) => { log.push(tag); return v; };
const obj = { m(...a) { log.push('call'); return a.length; } };
t('obj', obj)[t('key', 'm')](t('arg1', 1), t('arg2', 2));
console.log(log.join(' '));
log.length = 0;
const target = {};
t('target', target)[t('prop', 'p')] = t('value', 'v');
console.log(log.join(' '), target.p);
log.length = 0;
t('left', 1) + t('right', 2) * t('mul', 3);
console.log(log.join(' '));
log.length = 0;
try { t('base', undefined)[t('k', 'x')] = t('rhs', 1); } catch (e) { console.log(log.join(' '), '|', e.message); }
