// The paths through `emit`: one listener, several, none, symbols and numbers
// as event names, listeners that change the list while it is being emitted,
// 'error' with and without listeners, and emitters whose `_events` is not
// what `addListener` makes.
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;

console.log(EventEmitter.prototype.emit.name, EventEmitter.prototype.emit.length);

const e = new EventEmitter();
console.log('none', e.emit('nothing', 1));
e.on('one', function (a, b) { console.log('one', this === e, a, b, arguments.length); });
console.log('returns', e.emit('one', 1, 2));
e.emit('one');

// Several listeners: a copy is called, so changes during the emit wait.
const log = [];
function a() { log.push('a'); e.removeListener('many', b); e.on('many', c); }
function b() { log.push('b'); }
function c() { log.push('c'); }
e.on('many', a); e.on('many', b);
e.emit('many');
e.emit('many');
console.log(log.join(' '));

// once: removed before it runs, so an emit inside does not call it again.
e.once('again', (n) => { console.log('once', n); e.emit('again', n + 1); });
console.log('again', e.emit('again', 1), e.emit('again', 2));

// Symbols and numbers name events too.
const s = Symbol('sym');
e.on(s, (v) => console.log('symbol', v));
e.on(42, (v) => console.log('number', v));
e.emit(s, 'x');
e.emit(42, 'y');
e.emit('42', 'z');

// A listener's exception stops the emit and reaches the caller.
e.on('boom', () => { throw new Error('from listener'); });
e.on('boom', () => console.log('not reached'));
try { e.emit('boom'); } catch (err) { console.log('caught', err.message); }

// 'error': a listener hears it; without one it throws; errorMonitor sees it first.
const e2 = new EventEmitter();
e2.on(errorMonitor, (err) => console.log('monitor', err.message));
try { e2.emit('error', new Error('unheard')); } catch (err) { console.log('thrown', err.message); }
try { e2.emit('error', 'text'); } catch (err) { console.log('thrown', err.code, err.message); }
e2.on('error', (err) => console.log('heard', err.message));
console.log(e2.emit('error', new Error('heard one')));

// emit works on any object through call, with or without `_events`.
const plain = {};
console.log('plain', EventEmitter.prototype.emit.call(plain, 'x'));
const custom = { _events: { hi: [(v) => console.log('custom array', v), (v) => console.log('second', v)] } };
console.log(EventEmitter.prototype.emit.call(custom, 'hi', 7));
const broken = { _events: { hi: [() => console.log('first of broken'), 5] } };
try { EventEmitter.prototype.emit.call(broken, 'hi'); } catch (err) { console.log(err.constructor.name); }
const odd = { _events: { hi: 'not a function' } };
try { EventEmitter.prototype.emit.call(odd, 'hi'); } catch (err) { console.log(err.constructor.name); }

// A subclass that overrides emit and calls up.
class Loud extends EventEmitter {
  emit(type, ...args) { console.log('loud', type); return super.emit(type, ...args); }
}
const l = new Loud();
l.on('x', (v) => console.log('x', v));
console.log(l.emit('x', 1), l.emit('y'));
