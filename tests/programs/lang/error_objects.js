// Error objects: name, message, toString, instanceof hierarchy and cause.
const errors = [new Error('e'), new TypeError('t'), new RangeError('r'), new SyntaxError('s'), new ReferenceError('f'), new EvalError('v'), new URIError('u')];
for (const e of errors) console.log(e.name, e.message, String(e), e instanceof Error, Object.prototype.toString.call(e));
const withCause = new Error('outer', { cause: 'inner' });
console.log(withCause.cause, 'cause' in new Error('x'));
const e = new Error();
console.log(JSON.stringify(e.message), String(e), Object.keys(e));
e.name = 'Custom';
console.log(String(e), typeof e.stack);
console.log(Error('no new').message, Error.prototype.name, TypeError.prototype instanceof Error);
