// super in object-literal methods uses the object's [[HomeObject]], even after the method is copied.
const base = { hello() { return 'base hello'; } };
const mid = { __proto__: base, hello() { return 'mid > ' + super.hello(); } };
const other = { __proto__: { hello() { return 'other proto'; } }, hello: mid.hello };
console.log(mid.hello(), other.hello());
const withArrow = { __proto__: base, run() { return [1].map(() => super.hello())[0]; } };
console.log(withArrow.run());
