// Function.prototype.call, apply and bind.
function greet(greeting, punct) {
  return `${greeting}, ${this.name}${punct}`;
}
const ann = { name: 'Ann' };
console.log(greet.call(ann, 'Hi', '!'), greet.apply(ann, ['Hello', '?']));
const bound = greet.bind(ann, 'Hey');
console.log(bound('.'), bound.name, bound.length);
class P {
  constructor(a, b) {
    this.sum = a + b;
  }
}
const B = P.bind(null, 1);
console.log(new B(2).sum, new B(2) instanceof P);
