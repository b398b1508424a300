f(...args, last);
const merged = [...a, ...b];
const copy = { ...obj, extra: 1 };
