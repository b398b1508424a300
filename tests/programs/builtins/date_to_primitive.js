// Symbol.toPrimitive: the default hint is string, so + concatenates.
const d = new Date(86400000);
console.log(d + 1, d - 1, d * 1, `${d}` === d.toString(), d > new Date(0), d == d.toString());
console.log(d[Symbol.toPrimitive]('number'), d[Symbol.toPrimitive]('default'), d[Symbol.toPrimitive]('string'));
try {
  d[Symbol.toPrimitive]('bogus');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log([new Date(0), new Date(1)].sort((a, b) => b - a).map(Number), Math.max(new Date(5), new Date(3)));
const subclass = new (class MyDate extends Date {})(0);
console.log(subclass instanceof Date, subclass.getTime(), subclass);
console.log(typeof Date.now(), Date.now() > 1.7e12, new Date().getTime() >= Date.UTC(2024, 0));
