// MaxListenersExceededWarning goes through process.emitWarning: 'warning'
// listeners get it on a later tick, with the emitter, the event and the count.
// (Removing node's own listener keeps stderr quiet.)
process.removeAllListeners('warning');
const EventEmitter = require('events');
const e = new EventEmitter();
process.on('warning', (w) => {
  console.log('warning event:', w.name, w.emitter === e, w.type, w.count);
  console.log(w.message);
});
e.setMaxListeners(1);
e.on('a', () => {});
e.on('a', () => {});
e.on('a', () => {});
const many = new EventEmitter();
for (let i = 0; i < 11; i++) many.on('leak', () => {});
console.log('sync end');
