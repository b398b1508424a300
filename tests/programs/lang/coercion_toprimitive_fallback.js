// When valueOf returns an object, ToPrimitive falls back to toString; if both do, TypeError.
const a = { valueOf() { return {}; }, toString() { return '5'; } };
console.log(a * 2, a + 1);
const b = { valueOf() { return {}; }, toString() { return {}; } };
try {
  console.log(b + 1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const c = { [Symbol.toPrimitive]() { return {}; } };
try {
  console.log(+c);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
