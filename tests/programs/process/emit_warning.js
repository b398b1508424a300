// process.emitWarning reaches 'warning' listeners on the next tick and is
// also printed to stderr.
process.on('warning', (w) => console.log('warning event:', w.name, w.message, w.code));
process.emitWarning('something odd');
process.emitWarning('custom type', 'CustomWarning', 'CODE1');
console.log('sync');
