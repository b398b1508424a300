// An error's own properties come in node's order: stack, then message, then
// cause (and errors, for an AggregateError).
console.log(Object.getOwnPropertyNames(new Error('s')), Object.getOwnPropertyNames(new TypeError('t', { cause: 1 })), Object.getOwnPropertyNames(new Error()));
class E2 extends Error { constructor(m) { super(m); this.code = 'X'; } }
console.log(Object.getOwnPropertyNames(new E2('m')), Reflect.ownKeys(new RangeError('r')));
const e = new Error('with props'); e.extra = 1;
console.log(Object.keys(e), JSON.stringify(e));
console.log(Object.getOwnPropertyNames(new AggregateError([1], 'm')), Object.getOwnPropertyNames(new AggregateError([1], 'm', {cause: 2})))
