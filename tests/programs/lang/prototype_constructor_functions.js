// ES5-style constructor functions and prototype inheritance.
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' speaks'; };
function Dog(name) { Animal.call(this, name); }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.constructor = Dog;
Dog.prototype.speak = function () { return Animal.prototype.speak.call(this) + ' woof'; };
const d = new Dog('Rex');
console.log(d.speak(), d instanceof Animal, d.constructor.name, Object.keys(d));
console.log(Animal.prototype.constructor === Animal, typeof Animal.prototype, Object.getPrototypeOf(Animal.prototype) === Object.prototype);
