// A Promise subclass: then, catch, finally and the statics build instances of
// the subclass (through its constructor), and its executor runs once per promise.
class Tracked extends Promise {
  constructor(executor) {
    super(executor);
    Tracked.made += 1;
  }
}
Tracked.made = 0;
const t = new Tracked((resolve) => resolve(1));
const u = t.then((v) => v + 1);
console.log('then returns a subclass instance:', u instanceof Tracked);
u.then((v) => console.log('value', v, 'made', Tracked.made));
console.log('Tracked.resolve:', Tracked.resolve(5) instanceof Tracked);
console.log('Promise.resolve keeps a plain promise:', Promise.resolve(t) === t, Tracked.resolve(t) === t);
Tracked.all([1, 2]).then((v) => console.log('Tracked.all', v));
t.finally(() => console.log('finally on a subclass'));
// Handlers that are not functions pass values and reasons through.
Promise.resolve('kept').then(42).then(null).then((v) => console.log('passed through', v));
Promise.reject(new Error('kept reason')).then(() => {}, 'nope').catch((e) => console.log('reason passed', e.message));
// finally can replace the outcome only by throwing or returning a rejected promise.
Promise.resolve('orig').finally(() => 'ignored').then((v) => console.log('finally result ignored:', v));
Promise.resolve('orig').finally(() => Promise.reject(new Error('from finally'))).catch((e) => console.log('finally rejection wins:', e.message));
console.log(Object.prototype.toString.call(t), typeof Promise.prototype.then, Promise.length, Promise.name);
