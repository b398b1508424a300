// console.log shows a promise's state.
const fulfilled = Promise.resolve(42);
const pending = new Promise(() => {});
const rejected = Promise.reject('reason');
rejected.catch(() => {});
console.log(fulfilled, pending, rejected);
console.log([fulfilled], { p: pending });
console.log(Promise.resolve({ a: 1, b: [1, 2] }));
const chained = fulfilled.then((v) => v * 2);
console.log('right after then:', chained);
setTimeout(() => console.log('later:', chained), 1);
