// timers/promises: setTimeout and setImmediate resolve with their value, in
// the loop's usual order relative to each other and to the callback forms.
const timersPromises = require('timers/promises');
const { setTimeout: sleep, setImmediate: nextTurn } = require('node:timers/promises');

console.log(timersPromises.setTimeout === sleep, typeof timersPromises.setInterval);
async function main() {
  const value = await sleep(5, 'slept');
  console.log('setTimeout resolved with', value);
  const order = [];
  const a = sleep(20, 'twenty').then((v) => order.push(v));
  const b = sleep(1, 'one').then((v) => order.push(v));
  const c = nextTurn('immediate').then((v) => order.push(v));
  await Promise.all([a, b, c]);
  console.log(order);
  console.log('no value:', await sleep(1), await nextTurn());
}
setTimeout(() => console.log('callback timer'), 1);
main().then(() => console.log('done'));
