// Symbol.hasInstance customises instanceof.
class Even {
  static [Symbol.hasInstance](n) { return n % 2 === 0; }
}
console.log(2 instanceof Even, 3 instanceof Even);
const Duck = { [Symbol.hasInstance]: (o) => typeof o.quack === 'function' };
console.log({ quack() {} } instanceof Duck, {} instanceof Duck);
function F() {}
F.prototype = Array.prototype;
console.log([] instanceof F);
