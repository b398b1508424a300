// process.emitWarning reaches 'warning' listeners on the next tick. node
// prints warnings through a 'warning' listener of its own; removing it keeps
// stderr quiet.
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning event:', w.name, w.message, w.code));
process.emitWarning('something odd');
process.emitWarning('custom type', 'CustomWarning', 'CODE1');
process.emitWarning(new Error('an error object'));
console.log('sync', process.listenerCount('warning'));
