// EventEmitter with node's semantics.
const EventEmitter = require('events');
const { once } = require('node:events');
console.log(EventEmitter === require('events').EventEmitter, EventEmitter.defaultMaxListeners);

const e = new EventEmitter();
console.log(e);
e.on('newListener', (name) => console.log('newListener', name));
e.on('greet', (who) => console.log('hello', who));
e.prependListener('greet', (who) => console.log('first,', who));
e.once('greet', function (who) {
  console.log('once', who, this === e);
});
console.log(e.emit('greet', 'ada'), e.emit('greet', 'bob'), e.emit('nothing'));
console.log(e.listenerCount('greet'), e.eventNames(), e.listeners('greet').length);

const f = () => console.log('removed?');
e.on('x', f);
e.on('removeListener', (name) => console.log('removeListener', name));
e.off('x', f);
console.log(e.emit('x'), e.listenerCount('x'));
e.removeAllListeners('greet');
console.log(e.listenerCount('greet'));

// Listeners added during an emit do not hear that emit.
const g = new EventEmitter();
g.on('tick', () => {
  console.log('tick 1');
  g.on('tick', () => console.log('late tick'));
});
g.emit('tick');
g.emit('tick');

try {
  g.emit('error', new TypeError('bad thing'));
} catch (err) {
  console.log('thrown:', err.message);
}
try {
  g.emit('error', 'just a string');
} catch (err) {
  console.log('thrown:', err.message, err.code, err.context);
}
g.on('error', (err) => console.log('handled:', err.message));
g.emit('error', new Error('caught'));

class Door extends EventEmitter {
  open() {
    this.emit('open', 1, 2);
  }
}
const d = new Door();
d.on('open', (...args) => console.log('door opened', args));
d.open();
console.log(d instanceof EventEmitter, d.getMaxListeners());
// Going over the limit only warns on stderr (with the process id), so this
// stays at the limit.
d.setMaxListeners(3);
d.on('open', () => {});
console.log(d.listenerCount('open'), d.getMaxListeners());

once(d, 'open').then((args) => console.log('events.once resolved with', args));
d.open();
try {
  e.on('x', 'not a function');
} catch (err) {
  console.log(err.code, err.message);
}
