// Rejections travel down the chain to the first handler; finally passes
// values and reasons through; a throw in a handler rejects the next promise.
Promise.reject(new Error('first'))
  .then(() => console.log('skipped'))
  .catch((e) => { console.log('caught', e.message); return 'recovered'; })
  .then((v) => console.log('then after catch', v));
Promise.resolve(1)
  .finally(() => console.log('finally sees no value'))
  .then((v) => console.log('value passes through finally', v));
Promise.reject(new TypeError('bad'))
  .finally(() => console.log('finally on rejection'))
  .catch((e) => console.log('reason passes through finally', e.name, e.message));
Promise.resolve()
  .then(() => { throw new RangeError('from handler'); })
  .catch((e) => console.log('handler throw becomes rejection', e instanceof RangeError));
new Promise(() => { throw new Error('executor throws'); })
  .catch((e) => console.log('executor throw becomes rejection', e.message));
const p = new Promise((resolve, reject) => { resolve('once'); reject(new Error('ignored')); resolve('ignored too'); });
p.then((v) => console.log('settles once', v));
const self = Promise.resolve().then(() => self);
self.catch((e) => console.log(e.constructor.name, e.message));
try { new Promise(42); } catch (e) { console.log(e.constructor.name, e.message); }
try { Promise(() => {}); } catch (e) { console.log(e.constructor.name, e.message); }
try { Promise.prototype.then.call({}, () => {}); } catch (e) { console.log(e.constructor.name, e.message); }
