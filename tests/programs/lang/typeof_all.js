// typeof on every kind of value, including undeclared names.
console.log(typeof undefined, typeof null, typeof true, typeof 1, typeof NaN);
console.log(typeof 'x', typeof Symbol(), typeof {}, typeof []);
console.log(typeof function () {}, typeof (() => 1), typeof class {}, typeof function* () {});
console.log(typeof Math, typeof JSON, typeof Object, typeof new Number(1));
console.log(typeof notDeclaredAnywhere, typeof typeof 1);
console.log(typeof async function () {}, typeof Math.abs(-1));
