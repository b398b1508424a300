// && || ?? return an operand and only evaluate the right side when needed.
const calls = [];
const t = (v) => { calls.push(v); return v; };
console.log(t(0) && t(1), t(2) && t(3), t('') || t('x'), t(4) || t(5));
console.log(t(null) ?? t('n'), t(0) ?? t('z'), t(false) ?? t('f'), t(undefined) ?? t(undefined));
console.log(calls.join(','));
console.log((null || undefined) ?? 'd');
