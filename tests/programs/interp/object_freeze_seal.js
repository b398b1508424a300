// freeze, seal and preventExtensions in sloppy mode fail silently.
const sealed = Object.seal({ a: 1 });
sealed.a = 2;
sealed.b = 3;
delete sealed.a;
console.log(sealed, Object.isSealed(sealed), Object.isFrozen(sealed));
const fixed = Object.preventExtensions({ x: 1 });
fixed.y = 2;
delete fixed.x;
console.log(fixed, Object.isExtensible(fixed));
const arr = Object.freeze([1, 2]);
arr[0] = 9;
arr.push;
console.log(arr, Object.isFrozen(arr));
try {
  arr.push(3);
} catch (e) {
  console.log(e.constructor.name);
}
