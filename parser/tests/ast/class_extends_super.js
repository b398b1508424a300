class Dog extends Animal {
  constructor(name) {
    super(name);
    super.speak();
  }
  speak() { return super.speak() + '!'; }
}
