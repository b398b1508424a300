// Array methods accept a thisArg that sets this in non-arrow callbacks.
const ctx = { factor: 3 };
console.log([1, 2].map(function (x) { return x * this.factor; }, ctx));
console.log([1, 2].filter(function () { return this === ctx; }, ctx).length);
const counter = { count: 0, add(arr) { arr.forEach(function () { this.count++; }, this); return this.count; } };
console.log(counter.add([1, 2, 3]));
