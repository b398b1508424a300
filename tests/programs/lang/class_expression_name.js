// Class expressions: the inner name is bound inside the class and immutable; anonymous classes get inferred names.
const K = class Inner { who() { return Inner.name; } };
console.log(K.name, new K().who(), typeof Inner);
const Anon = class {};
console.log(Anon.name);
const obj = { Prop: class {} };
console.log(obj.Prop.name);
class Fixed { static rename() { try { Fixed = 1; } catch (e) { return e.constructor.name + ': ' + e.message; } } }
console.log(Fixed.rename());
