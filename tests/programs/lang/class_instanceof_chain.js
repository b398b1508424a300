// instanceof follows the prototype chain and can be changed with setPrototypeOf.
class A {}
class B extends A {}
const b = new B();
console.log(b instanceof A, A.prototype.isPrototypeOf(b), Object.getPrototypeOf(b) === B.prototype);
Object.setPrototypeOf(b, null);
console.log(b instanceof A, b instanceof Object);
const plain = {};
Object.setPrototypeOf(plain, A.prototype);
console.log(plain instanceof A, plain instanceof B);
