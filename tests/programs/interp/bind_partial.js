// Partial application and this with bind; bound functions as methods and constructors.
function add(a, b, c) {
  return a + b + c;
}
const add1 = add.bind(null, 1);
const add12 = add1.bind(null, 2);
console.log(add1(2, 3), add12(10), add12.name, add12.length);
const counter = {
  count: 0,
  inc() {
    this.count++;
    return this;
  },
};
const inc = counter.inc.bind(counter);
inc();
inc();
console.log(counter.count, [1, 2, 3].map(Number.prototype.toFixed.call.bind(Number.prototype.toFixed)));
