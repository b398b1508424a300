// An instance of an anonymous class is named after the nearest constructor
// up its prototype chain that has a name, as node's getConstructorName.
console.log(new (class {})());
class Point { constructor() { this.x = 1; } }
const Mixed = ((Base) => class extends Base {})(Point);
console.log(new Mixed(), [new Mixed()], { p: new Mixed() });
const Named = class {};
console.log(new Named());
const Renamed = class Inner {};
Object.defineProperty(Renamed, 'name', { value: '' });
console.log(new Renamed());
function Plain() { this.a = 1; }
console.log(new Plain(), Object.create(Plain.prototype));
console.log(String(Object.prototype.toString.call(new Mixed())));
