// Error objects: names, messages, cause, toString, instanceof chains.
const e = new Error('outer', { cause: new TypeError('inner') });
console.log(e.name, e.message, e.cause.message, String(e), e instanceof Error);
const errors = [new RangeError('r'), new SyntaxError('s'), new ReferenceError('f'), new EvalError('e'), new URIError('u')];
console.log(errors.map((x) => `${x.name}:${x.message}:${x instanceof Error}`).join(' '));
class ValidationError extends Error {
  constructor(field) {
    super(`bad ${field}`);
    this.name = 'ValidationError';
    this.field = field;
  }
}
const v = new ValidationError('email');
console.log(v.message, v.name, v.field, v instanceof ValidationError, v instanceof Error, `${v}`);
console.log(Object.keys(v), typeof v.stack, v.stack.split('\n')[0]);
console.log(Error('no new').message, Error.prototype.name, TypeError.prototype instanceof Error);
try {
  null.x;
} catch (err) {
  console.log(err.constructor === TypeError, err.stack.split('\n')[0]);
}
