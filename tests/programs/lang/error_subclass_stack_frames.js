// An error made by `super()` in a subclass of Error has a stack that starts
// where `new` was said: the subclass's constructors are not among its frames
// (V8 skips the frames up to new.target's). Through Reflect.construct with a
// new.target that is not running, there are no frames at all.
class ValidationError extends Error {
  constructor(field) {
    super(`Invalid ${field}`);
    this.name = 'ValidationError';
  }
}
class Plain extends Error {}
class Deeper extends ValidationError {
  constructor() {
    super('deep');
  }
}
function make() {
  return new ValidationError('email');
}
// The frames of this file only (node adds its loader's below them).
const show = (e) => console.log(e.stack.split('\n')
  .filter((line) => !line.includes('node:'))
  .map((line) => line.replace(/\(.*[/\\]/, '('))
  .join('\n'));
show(new ValidationError('email'));
show(make());
show(new Plain('p'));
show(new Deeper());
show(new Error('plain'));
show(Reflect.construct(Error, ['r'], Plain));
console.log(Object.getOwnPropertyNames(new Deeper()));
