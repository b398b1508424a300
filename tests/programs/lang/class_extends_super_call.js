// super() in a derived constructor runs the base constructor with the derived this.
class Animal {
  constructor(name) { this.name = name; this.kind = 'animal'; }
  speak() { return this.name + ' makes a sound'; }
}
class Dog extends Animal {
  constructor(name) { super(name); this.kind = 'dog'; }
  speak() { return super.speak() + ' (woof)'; }
}
const d = new Dog('Rex');
console.log(d.speak(), d.kind, d instanceof Animal, Object.getPrototypeOf(Dog) === Animal);
class Puppy extends Dog {}
console.log(new Puppy('Bit').speak(), new Puppy('x').name);
