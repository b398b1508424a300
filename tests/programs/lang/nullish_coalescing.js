// ?? only falls back for null and undefined, unlike ||.
const vals = [0, '', false, NaN, null, undefined, 'x'];
console.log(vals.map((v) => v ?? 'fallback'));
console.log(vals.map((v) => v || 'fallback'));
const cfg = { timeout: 0 };
console.log(cfg.timeout ?? 1000, cfg.timeout || 1000, cfg.retries ?? 3);
console.log((null ?? false) || 'or', null ?? (0 || 'paren'));
