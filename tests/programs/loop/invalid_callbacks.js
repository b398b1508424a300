// Scheduling something that is not a function is a TypeError with node's code.
for (const [name, f] of [['setTimeout', setTimeout], ['setInterval', setInterval], ['setImmediate', setImmediate], ['nextTick', process.nextTick]]) {
  for (const bad of [undefined, 42, 'str', {}]) {
    try {
      f(bad);
    } catch (e) {
      console.log(name, e.name, e.code, e.message);
    }
  }
}
try { queueMicrotask(null); } catch (e) { console.log('queueMicrotask', e.name); }
