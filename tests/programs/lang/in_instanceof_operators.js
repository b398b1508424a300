// "in" checks the prototype chain; instanceof walks prototypes.
class A {}
class B extends A {}
const b = new B();
console.log(b instanceof B, b instanceof A, b instanceof Object, ({}) instanceof A);
console.log('toString' in {}, 'x' in { x: undefined }, 0 in [1], 1 in [1], 'length' in []);
console.log(Object.create(null) instanceof Object);
try { 'a' in 'abc'; } catch (e) { console.log(e.constructor.name, e.message); }
try { ({}) instanceof 5; } catch (e) { console.log(e.constructor.name, e.message); }
try { ({}) instanceof {}; } catch (e) { console.log(e.constructor.name, e.message); }
