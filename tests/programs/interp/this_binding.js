// `this` depends on how a function is called; arrows capture it lexically.
const obj = {
  name: 'obj',
  regular() {
    return this === obj;
  },
  arrow: () => typeof this,
  nested() {
    return [1].map(() => this.name)[0];
  },
};
console.log(obj.regular(), obj.arrow(), obj.nested());
const detached = obj.regular;
console.log(detached());
function sloppy() {
  return this === globalThis;
}
function strict() {
  'use strict';
  return this;
}
console.log(sloppy(), strict(), strict.call(5), typeof sloppy.call(5));
console.log(this === module.exports);
