// An own property named __proto__ is shown as ['__proto__'], enumerable or
// not, so that the output cannot be read as a literal setting the prototype.
const computed = { ['__proto__']: 1, a: 2 };
console.log(computed);
const defined = {};
Object.defineProperty(defined, '__proto__', { value: 'own', enumerable: true });
console.log(defined);
const hidden = {};
Object.defineProperty(hidden, '__proto__', { value: 'hidden', enumerable: false });
console.log(require('util').inspect(hidden, { showHidden: true }));
console.log({ 'a-b': 1, __proto__x: 2, __proto__: { inherited: true } });
