// instanceof on primitives is false; bound functions delegate to their target.
function F() {}
const BF = F.bind(null);
console.log(new F() instanceof BF, 1 instanceof Number, new Number(1) instanceof Number, 'x' instanceof String);
console.log(null instanceof Object, Object(1) instanceof Number, (() => {}) instanceof Function, Function instanceof Object);
